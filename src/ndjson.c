/* ndjson.c — capped NDJSON line readers over a FILE* and over memory
 * (semantics and ownership in ndjson.h).
 *
 * The FILE* reader reads blocks with fread() and finds newlines with
 * memchr(). A line that lies whole inside the current block is handed out
 * in place, without copying; only a line split across two reads is
 * assembled in lbuf, whose size is the line cap. Once a line grows past the
 * cap the reader stops storing it and only counts bytes until the next
 * '\n', so memory is two fixed buffers whatever the input.
 */
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "streamguard.h"

void sg__linereader_init(sg__linereader *r, FILE *fp, size_t max_line)
{
    memset(r, 0, sizeof *r);
    r->fp = fp;
    r->max = max_line ? max_line : SG_MAX_EVENT_BYTES;
    r->block = SG__LINEREADER_BLOCK;
}

void sg__linereader_free(sg__linereader *r)
{
    free(r->rbuf);
    free(r->lbuf);
    r->rbuf = r->lbuf = NULL;
    r->rpos = r->rlen = 0;
}

int sg__linereader_next(sg__linereader *r, const char **line, size_t *len, long *lineno)
{
    size_t total = 0, llen = 0; /* bytes of this line seen / stored in lbuf */
    bool skipping = false, any = false;

    *line = NULL;
    *len = 0;
    if (!r->rbuf) {
        if (r->block == 0)
            r->block = SG__LINEREADER_BLOCK;
        r->rbuf = malloc(r->block);
        r->lbuf = malloc(r->max + 1);
        if (!r->rbuf || !r->lbuf) {
            sg__linereader_free(r);
            return SG_ENOMEM;
        }
    }
    for (;;) {
        if (r->rpos == r->rlen) {
            if (r->eof)
                break;
            r->rpos = 0;
            r->rlen = fread(r->rbuf, 1, r->block, r->fp);
            if (r->rlen == 0) {
                if (ferror(r->fp))
                    return SG_EIO;
                r->eof = true;
                break;
            }
        }
        char *start = r->rbuf + r->rpos;
        size_t avail = r->rlen - r->rpos;
        char *nl = memchr(start, '\n', avail);
        size_t chunk = nl ? (size_t)(nl - start) : avail;

        any = true;
        total += chunk;
        if (!skipping && total > r->max) {
            skipping = true;
        } else if (!skipping && nl && llen == 0) {
            /* the whole line is in rbuf: hand it out in place. The
             * terminating '\n' is overwritten with a NUL; rbuf is refilled
             * only by the next call. */
            *nl = '\0';
            r->rpos += chunk + 1;
            *line = start;
            *len = chunk;
            *lineno = ++r->lineno;
            return 1;
        } else if (!skipping) {
            memcpy(r->lbuf + llen, start, chunk);
            llen += chunk;
        }
        r->rpos += chunk + (nl ? 1 : 0);
        if (nl)
            goto line_done;
    }
    if (!any)
        return 0;
line_done:
    *lineno = ++r->lineno;
    if (skipping) {
        *len = total;
        return SG_ETOOBIG;
    }
    r->lbuf[llen] = '\0';
    *line = r->lbuf;
    *len = llen;
    return 1;
}

void sg__ndjson_iter_init(sg__ndjson_iter *it, const char *data, size_t len, size_t max_line)
{
    it->p = data;
    it->end = data ? data + len : data;
    it->max = max_line ? max_line : SG_MAX_EVENT_BYTES;
    it->lineno = 0;
}

int sg__ndjson_iter_next(sg__ndjson_iter *it, const char **line, size_t *len, long *lineno)
{
    *line = NULL;
    *len = 0;
    if (it->p == it->end)
        return 0;
    const char *start = it->p;
    const char *nl = memchr(start, '\n', (size_t)(it->end - start));
    size_t n = nl ? (size_t)(nl - start) : (size_t)(it->end - start);

    it->p = nl ? nl + 1 : it->end;
    *lineno = ++it->lineno;
    *len = n;
    if (n > it->max)
        return SG_ETOOBIG;
    *line = start;
    return 1;
}

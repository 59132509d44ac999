/* video.c — sample frames from a video file or live URL with FFmpeg's
 * libraries, PDQ-hash them (vPDQ style), drop near-duplicates; and the
 * vPDQ whole-video comparison.
 *
 * Sampling follows vPDQ so our per-frame hashes line up with its files:
 * every decoded frame is numbered from 0, and frame n is hashed when
 * n % max(1, int(seconds_per_sample * fps)) == 0; its timestamp is n / fps
 * (fps from av_guess_frame_rate). When the container gives no frame rate,
 * the timestamp comes from the frame's pts instead and a frame is sampled
 * whenever its pts passes the next sampling instant. Frames are converted
 * to RGB24 at native size with SWS_AREA, like vPDQ, and hashed at full
 * resolution.
 *
 * Live sources must never hang the caller: every blocking libavformat
 * call runs under a deadline checked by the AVFormatContext interrupt
 * callback (timeout_ms without progress gives SG_ETIMEOUT), and the host
 * can abort through its own interrupt callback. FFmpeg's own logging is
 * silenced (the library never prints).
 */
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/log.h>
#include <libswscale/swscale.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "media/pdq_internal.h"
#include "streamguard.h"

/* Consecutive undecodable packets tolerated before giving up. */
#define SG__VIDEO_MAX_BAD_PACKETS 200

/* Protocols a URL (and anything it references, e.g. HLS segments) may use. */
#define SG__VIDEO_PROTOCOLS \
    "file,http,https,tcp,tls,udp,rtp,rtmp,rtmps,rtmpt,rtsp,hls,crypto,httpproxy"

struct sg_video {
    AVFormatContext *fmt;
    AVCodecContext *dec;
    struct SwsContext *sws;
    AVFrame *frame;
    AVPacket *pkt;
    uint8_t *rgb; /* RGB24 frame buffer */
    int rgb_w, rgb_h;
    int rgb_stride;
    int stream_index;
    AVRational time_base; /* of the video stream */
    int64_t start_pts;    /* first pts seen (AV_NOPTS_VALUE until then) */
    double fps;           /* 0 if unknown */
    int64_t interval;     /* frames between samples (fps known) */
    double next_sample_s; /* next sampling instant (fps unknown) */
    int64_t frame_no;     /* decoded frames so far */
    sg_video_opts opts;
    int64_t deadline_ms; /* monotonic deadline for the blocking call */
    int timed_out;       /* the interrupt callback fired on the deadline */
    int user_abort;      /* the host's callback asked to stop */
    int eof_sent;        /* flush packet sent to the decoder */
    int done;
    int bad_packets; /* consecutive packets the decoder refused */
    int have_prev;
    sg_pdq_hash prev; /* hash of the previous kept frame */
    char err[256];
};

static pthread_once_t av_once = PTHREAD_ONCE_INIT;

static void av_setup(void)
{
    /* The library never prints: silence FFmpeg unless the host already
     * chose a log level of its own. */
    if (av_log_get_level() == AV_LOG_INFO)
        av_log_set_level(AV_LOG_QUIET);
    avformat_network_init();
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void set_err(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(char *buf, size_t cap, const char *fmt, ...)
{
    if (!buf || !cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
}

static const char *av_err(int code, char *buf, size_t cap)
{
    if (av_strerror(code, buf, cap) < 0)
        snprintf(buf, cap, "error %d", code);
    return buf;
}

static int interrupt_cb(void *opaque)
{
    sg_video *v = opaque;
    if (v->opts.interrupt && v->opts.interrupt(v->opts.interrupt_ud)) {
        v->user_abort = 1;
        return 1;
    }
    if (v->deadline_ms && mono_ms() > v->deadline_ms) {
        v->timed_out = 1;
        return 1;
    }
    return 0;
}

static void arm_deadline(sg_video *v)
{
    v->deadline_ms = mono_ms() + v->opts.timeout_ms;
    v->timed_out = 0;
}

void sg_video_opts_init(sg_video_opts *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->seconds_per_sample = 1.0;
    opts->timeout_ms = 10000;
    opts->max_pixels = SG__DEFAULT_MAX_PIXELS;
    opts->dedupe_distance = 8;
}

/* Maps a failed blocking call to an SG_E* code and a message. */
static int io_failure(sg_video *v, const char *what, int averr, char *err, size_t errcap)
{
    char e[128];
    if (v->user_abort) {
        set_err(err, errcap, "%s: interrupted", what);
        return SG_ETIMEOUT;
    }
    if (v->timed_out || averr == AVERROR_EXIT) {
        set_err(err, errcap, "%s: no data for %d ms (timed out)", what, v->opts.timeout_ms);
        return SG_ETIMEOUT;
    }
    set_err(err, errcap, "%s: %s", what, av_err(averr, e, sizeof e));
    if (averr == AVERROR_INVALIDDATA)
        return SG_EFORMAT;
    return SG_EIO;
}

int sg_video_open(const char *url_or_path, const sg_video_opts *opts, sg_video **out, char *err,
                  size_t errcap)
{
    if (out)
        *out = NULL;
    if (!url_or_path || !out) {
        set_err(err, errcap, "no source given");
        return SG_EINVAL;
    }
    pthread_once(&av_once, av_setup);
    int rc = SG_ENOMEM;
    AVDictionary *dict = NULL;
    char e[128];
    sg_video *v = calloc(1, sizeof *v);
    if (!v) {
        set_err(err, errcap, "out of memory");
        return SG_ENOMEM;
    }
    sg_video_opts_init(&v->opts);
    if (opts) {
        v->opts = *opts;
        if (!(v->opts.seconds_per_sample > 0))
            v->opts.seconds_per_sample = 1.0;
        if (v->opts.timeout_ms <= 0)
            v->opts.timeout_ms = 10000;
        if (!v->opts.max_pixels)
            v->opts.max_pixels = SG__DEFAULT_MAX_PIXELS;
        if (v->opts.dedupe_distance < 0)
            v->opts.dedupe_distance = 0;
    }
    v->stream_index = -1;
    v->start_pts = AV_NOPTS_VALUE;

    v->fmt = avformat_alloc_context();
    v->frame = av_frame_alloc();
    v->pkt = av_packet_alloc();
    if (!v->fmt || !v->frame || !v->pkt) {
        set_err(err, errcap, "out of memory");
        goto fail;
    }
    v->fmt->interrupt_callback.callback = interrupt_cb;
    v->fmt->interrupt_callback.opaque = v;
    av_dict_set(&dict, "protocol_whitelist", SG__VIDEO_PROTOCOLS, 0);
    arm_deadline(v);
    int r = avformat_open_input(&v->fmt, url_or_path, NULL, &dict);
    av_dict_free(&dict);
    if (r < 0) {
        /* avformat_open_input frees the context on failure. */
        v->fmt = NULL;
        char what[300];
        snprintf(what, sizeof what, "cannot open %s", url_or_path);
        rc = io_failure(v, what, r, err, errcap);
        goto fail;
    }
    arm_deadline(v);
    if ((r = avformat_find_stream_info(v->fmt, NULL)) < 0) {
        rc = io_failure(v, "cannot read stream info", r, err, errcap);
        goto fail;
    }
    const AVCodec *codec = NULL;
    r = av_find_best_stream(v->fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (r < 0 || !codec) {
        set_err(err, errcap, "no decodable video stream (%s)", av_err(r, e, sizeof e));
        rc = SG_EFORMAT;
        goto fail;
    }
    v->stream_index = r;
    AVStream *st = v->fmt->streams[r];
    v->time_base = st->time_base;
    v->dec = avcodec_alloc_context3(codec);
    if (!v->dec) {
        set_err(err, errcap, "out of memory");
        goto fail;
    }
    if ((r = avcodec_parameters_to_context(v->dec, st->codecpar)) < 0 ||
        (r = avcodec_open2(v->dec, codec, NULL)) < 0) {
        set_err(err, errcap, "cannot open the %s decoder: %s", codec->name, av_err(r, e, sizeof e));
        rc = SG_EDECODE;
        goto fail;
    }
    if ((uint64_t)st->codecpar->width * (uint64_t)st->codecpar->height > v->opts.max_pixels) {
        set_err(err, errcap, "video frames are %dx%d, above the cap of %llu pixels",
                st->codecpar->width, st->codecpar->height, (unsigned long long)v->opts.max_pixels);
        rc = SG_ELIMIT;
        goto fail;
    }
    AVRational fr = av_guess_frame_rate(v->fmt, st, NULL);
    v->fps = (fr.num > 0 && fr.den > 0) ? av_q2d(fr) : 0.0;
    if (v->fps > 0) {
        double n = v->opts.seconds_per_sample * v->fps;
        v->interval = (v->opts.every_frame || n < 1.0) ? 1 : (int64_t)n;
    }
    *out = v;
    return 0;
fail:
    sg_video_free(v);
    return rc;
}

double sg_video_fps(const sg_video *v)
{
    return v ? v->fps : 0.0;
}

const char *sg_video_error(const sg_video *v)
{
    return v ? v->err : "no video";
}

/* Decides whether decoded frame number n (pts in seconds, or < 0 if none)
 * is sampled, and its timestamp. */
static int take_frame(sg_video *v, int64_t n, double pts_s, double *ts)
{
    if (v->fps > 0) {
        *ts = (double)n / v->fps;
        return v->opts.every_frame || n % v->interval == 0;
    }
    *ts = pts_s >= 0 ? pts_s : 0.0;
    if (v->opts.every_frame || n == 0 || *ts + 1e-9 >= v->next_sample_s) {
        v->next_sample_s = *ts + v->opts.seconds_per_sample;
        return 1;
    }
    return 0;
}

/* Converts and hashes the current frame. */
static int hash_frame(sg_video *v, sg_pdq_result *res)
{
    AVFrame *f = v->frame;
    if (f->width <= 0 || f->height <= 0) {
        set_err(v->err, sizeof v->err, "decoder returned an empty frame");
        return SG_EDECODE;
    }
    if ((uint64_t)f->width * (uint64_t)f->height > v->opts.max_pixels) {
        set_err(v->err, sizeof v->err, "frame of %dx%d is above the cap of %llu pixels", f->width,
                f->height, (unsigned long long)v->opts.max_pixels);
        return SG_ELIMIT;
    }
    if (f->width != v->rgb_w || f->height != v->rgb_h) {
        av_freep(&v->rgb);
        int stride = FFALIGN(f->width * 3, 32);
        v->rgb = av_malloc((size_t)stride * f->height);
        if (!v->rgb) {
            set_err(v->err, sizeof v->err, "out of memory for a %dx%d frame", f->width, f->height);
            v->rgb_w = v->rgb_h = 0;
            return SG_ENOMEM;
        }
        v->rgb_w = f->width;
        v->rgb_h = f->height;
        v->rgb_stride = stride;
    }
    v->sws =
        sws_getCachedContext(v->sws, f->width, f->height, (enum AVPixelFormat)f->format, f->width,
                             f->height, AV_PIX_FMT_RGB24, SWS_AREA, NULL, NULL, NULL);
    if (!v->sws) {
        set_err(v->err, sizeof v->err, "cannot convert pixel format %d to RGB", f->format);
        return SG_EDECODE;
    }
    uint8_t *dst[4] = { v->rgb, NULL, NULL, NULL };
    int dst_stride[4] = { v->rgb_stride, 0, 0, 0 };
    sws_scale(v->sws, (const uint8_t *const *)f->data, f->linesize, 0, f->height, dst, dst_stride);
    return sg_pdq_hash_rgb(v->rgb, f->width, f->height, (size_t)v->rgb_stride, res);
}

int sg_video_next(sg_video *v, sg_video_frame *out)
{
    if (!v || !out)
        return SG_EINVAL;
    if (v->done)
        return 0;
    char e[128];
    for (;;) {
        int r = avcodec_receive_frame(v->dec, v->frame);
        if (r == 0) {
            int64_t n = v->frame_no++;
            int64_t pts = v->frame->best_effort_timestamp;
            double pts_s = -1.0;
            if (pts != AV_NOPTS_VALUE) {
                if (v->start_pts == AV_NOPTS_VALUE)
                    v->start_pts = pts;
                pts_s = (double)(pts - v->start_pts) * av_q2d(v->time_base);
            }
            double ts;
            if (!take_frame(v, n, pts_s, &ts)) {
                av_frame_unref(v->frame);
                continue;
            }
            sg_video_frame fr;
            memset(&fr, 0, sizeof fr);
            fr.frame_number = n;
            fr.timestamp = ts;
            int hr = hash_frame(v, &fr.pdq);
            av_frame_unref(v->frame);
            if (hr < 0) {
                if (hr != SG_ELIMIT && hr != SG_ENOMEM && hr != SG_EDECODE)
                    set_err(v->err, sizeof v->err, "hashing failed: %s", sg_strerror(hr));
                return hr;
            }
            if (v->opts.dedupe_distance > 0 && v->have_prev &&
                sg_pdq_distance(&fr.pdq.hash[SG_DIH_ORIGINAL], &v->prev) <= v->opts.dedupe_distance)
                continue;
            v->prev = fr.pdq.hash[SG_DIH_ORIGINAL];
            v->have_prev = 1;
            *out = fr;
            return 1;
        }
        if (r == AVERROR_EOF) {
            v->done = 1;
            return 0;
        }
        if (r != AVERROR(EAGAIN)) {
            set_err(v->err, sizeof v->err, "decode error: %s", av_err(r, e, sizeof e));
            return SG_EDECODE;
        }
        if (v->eof_sent) {
            v->done = 1;
            return 0;
        }
        arm_deadline(v);
        r = av_read_frame(v->fmt, v->pkt);
        if (r < 0) {
            if (r == AVERROR_EOF && !v->timed_out && !v->user_abort) {
                avcodec_send_packet(v->dec, NULL); /* flush the decoder */
                v->eof_sent = 1;
                continue;
            }
            return io_failure(v, "read", r, v->err, sizeof v->err);
        }
        if (v->pkt->stream_index != v->stream_index) {
            av_packet_unref(v->pkt);
            continue;
        }
        r = avcodec_send_packet(v->dec, v->pkt);
        av_packet_unref(v->pkt);
        if (r < 0 && r != AVERROR(EAGAIN)) {
            /* A damaged packet in a live stream is skipped; a run of
             * them means the stream is not decodable. */
            if (++v->bad_packets > SG__VIDEO_MAX_BAD_PACKETS) {
                set_err(v->err, sizeof v->err, "decode error: %s", av_err(r, e, sizeof e));
                return SG_EDECODE;
            }
        } else {
            v->bad_packets = 0;
        }
    }
}

void sg_video_free(sg_video *v)
{
    if (!v)
        return;
    sws_freeContext(v->sws);
    av_freep(&v->rgb);
    avcodec_free_context(&v->dec);
    if (v->fmt)
        avformat_close_input(&v->fmt);
    av_frame_free(&v->frame);
    av_packet_free(&v->pkt);
    free(v);
}

/* ------------------------------------------------------------------------
 * vPDQ whole-video comparison
 * ---------------------------------------------------------------------- */

static int cmp_hash(const void *a, const void *b)
{
    return memcmp(a, b, sizeof(sg_pdq_hash));
}

/* Distinct hashes of frames with quality >= 50 (dedupe first, keeping the
 * first occurrence's quality, then the quality filter: the python rule). */
static int prepare(const sg_pdq_hash *h, const int *q, size_t n, sg_pdq_hash **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    if (!n)
        return 0;
    sg_pdq_hash *seen = malloc(n * sizeof *seen);
    sg_pdq_hash *keep = malloc(n * sizeof *keep);
    if (!seen || !keep) {
        free(seen);
        free(keep);
        return SG_ENOMEM;
    }
    size_t nseen = 0, nkeep = 0;
    for (size_t i = 0; i < n; i++) {
        if (nseen && bsearch(&h[i], seen, nseen, sizeof *seen, cmp_hash))
            continue; /* an exact repeat of an earlier frame */
        /* insert into the sorted set of hashes seen so far */
        size_t lo = 0, hi = nseen;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cmp_hash(&seen[mid], &h[i]) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        memmove(&seen[lo + 1], &seen[lo], (nseen - lo) * sizeof *seen);
        seen[lo] = h[i];
        nseen++;
        if (!q || q[i] >= 50)
            keep[nkeep++] = h[i];
    }
    free(seen);
    *out = keep;
    *nout = nkeep;
    return 0;
}

static size_t count_matched(const sg_pdq_hash *a, size_t na, const sg_pdq_hash *b, size_t nb,
                            int radius)
{
    size_t m = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (sg_pdq_distance(&a[i], &b[j]) <= radius) {
                m++;
                break;
            }
    return m;
}

int sg_vpdq_compare(const sg_pdq_hash *q, const int *q_quality, size_t nq, const sg_pdq_hash *t,
                    const int *t_quality, size_t nt, int radius, double *q_pct, double *t_pct)
{
    if ((!q && nq) || (!t && nt) || !q_pct || !t_pct || radius < 0)
        return SG_EINVAL;
    *q_pct = *t_pct = 0.0;
    sg_pdq_hash *fq = NULL, *ft = NULL;
    size_t nfq = 0, nft = 0;
    int rc = prepare(q, q_quality, nq, &fq, &nfq);
    if (!rc)
        rc = prepare(t, t_quality, nt, &ft, &nft);
    if (!rc) {
        if (nfq)
            *q_pct = 100.0 * (double)count_matched(fq, nfq, ft, nft, radius) / (double)nfq;
        if (nft)
            *t_pct = 100.0 * (double)count_matched(ft, nft, fq, nfq, radius) / (double)nft;
    }
    free(fq);
    free(ft);
    return rc;
}

/* video.c — sample and hash video frames (vPDQ style); being written. */
#include <stdio.h>
#include <string.h>

#include "streamguard.h"

struct sg_video {
    int unused;
};

void sg_video_opts_init(sg_video_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->seconds_per_sample = 1.0;
    opts->timeout_ms = 10000;
    opts->dedupe_distance = 8;
}

int sg_video_open(const char *url_or_path, const sg_video_opts *opts,
                  sg_video **out, char *err, size_t errcap)
{
    (void)url_or_path;
    (void)opts;
    *out = NULL;
    if (err && errcap)
        snprintf(err, errcap, "video support not built yet");
    return SG_EFORMAT;
}

int sg_video_next(sg_video *v, sg_video_frame *out)
{
    (void)v;
    (void)out;
    return SG_ESTATE;
}

const char *sg_video_error(const sg_video *v)
{
    (void)v;
    return "video support not built yet";
}

double sg_video_fps(const sg_video *v)
{
    (void)v;
    return 0.0;
}

void sg_video_free(sg_video *v)
{
    (void)v;
}

int sg_vpdq_compare(const sg_pdq_hash *q, const int *q_quality, size_t nq,
                    const sg_pdq_hash *t, const int *t_quality, size_t nt,
                    int radius, double *q_pct, double *t_pct)
{
    (void)q; (void)q_quality; (void)nq; (void)t; (void)t_quality; (void)nt;
    (void)radius;
    *q_pct = *t_pct = 0.0;
    return SG_EFORMAT;
}

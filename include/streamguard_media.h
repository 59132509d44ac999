/*
 * streamguard_media.h — public API of the media modules: PDQ perceptual
 * hashing, image decoding, hash banks, the Hamming-radius match index and
 * live-video frame sampling. Included by streamguard.h; the same conventions
 * apply (int return codes, the caller owns what the _new and _load functions
 * return, borrowed pointers stay valid until the next call on the same
 * object, nothing is printed).
 *
 * Only hashes and match metadata are ever kept; pixels are freed as soon as
 * they are hashed.
 */
#ifndef STREAMGUARD_MEDIA_H
#define STREAMGUARD_MEDIA_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A 256-bit PDQ hash. bytes[0] is the most significant byte of the 64-hex
 * string (the reference's big-endian order: DCT row 15 first). */
typedef struct sg_pdq_hash {
    uint8_t bytes[32];
} sg_pdq_hash;

/* Dihedral variants, in the reference's naming. SG_DIH_ORIGINAL is the hash
 * of the image as given. */
typedef enum sg_dihedral {
    SG_DIH_ORIGINAL = 0,
    SG_DIH_ROT90, /* counter-clockwise */
    SG_DIH_ROT180,
    SG_DIH_ROT270,
    SG_DIH_FLIPX, /* top <-> bottom */
    SG_DIH_FLIPY, /* mirror left <-> right */
    SG_DIH_FLIPP, /* transpose about the main diagonal */
    SG_DIH_FLIPM, /* transpose about the minor diagonal */
    SG_DIH__COUNT
} sg_dihedral;
const char *sg_dihedral_name(sg_dihedral d); /* "original","rot90",... */

/* Formats as 64 lowercase hex chars + NUL (out needs 65 bytes). */
void sg_pdq_to_hex(const sg_pdq_hash *h, char out[65]);
/* Parses exactly 64 hex chars (either case). */
int sg_pdq_from_hex(const char *hex, size_t len, sg_pdq_hash *out);
int sg_pdq_distance(const sg_pdq_hash *a, const sg_pdq_hash *b);

typedef struct sg_pdq_result {
    sg_pdq_hash hash[SG_DIH__COUNT]; /* [SG_DIH_ORIGINAL] is the hash */
    int quality;                     /* 0..100; below 50 is not matched */
    int width, height;               /* of the decoded image */
} sg_pdq_result;

/* Hashes a luma (or grey) buffer of floats, row-major, w*h values
 * (0..255). Images below 5 pixels on a side give the all-zero hash with
 * quality 0, as the reference does. Computes all 8 dihedral hashes. */
int sg_pdq_hash_luma(const float *luma, int w, int h, sg_pdq_result *out);
/* Hashes packed 8-bit RGB (3 bytes per pixel), stride in bytes. */
int sg_pdq_hash_rgb(const uint8_t *rgb, int w, int h, size_t stride, sg_pdq_result *out);

/* Image decoding limits and options. */
typedef struct sg_image_opts {
    uint64_t max_pixels; /* refuse larger declared dimensions; 0 = default 100M */
    bool fast;           /* JPEG: DCT-domain scaled decode (see docs/media.md) */
} sg_image_opts;

/* Decodes an image (JPEG, PNG, WebP if built) from memory and hashes it.
 * Corrupt or unsupported input returns SG_EDECODE / SG_EFORMAT, never a
 * zero hash reported as success. Too-large dimensions return SG_ELIMIT
 * before any pixel buffer is allocated. */
int sg_pdq_hash_image(const uint8_t *data, size_t len, const sg_image_opts *opts,
                      sg_pdq_result *out, char *err, size_t errcap);
int sg_pdq_hash_file(const char *path, const sg_image_opts *opts, sg_pdq_result *out, char *err,
                     size_t errcap);

/* ------------------------------------------------------------------------
 * Video frame sampling (vPDQ style) and whole-video comparison
 *
 * An sg_video reads a file or a live URL (anything libavformat opens: MP4,
 * HLS, RTMP, ...), decodes frames, hashes one frame every
 * seconds_per_sample of media time and returns the kept frames one by one.
 * The caller owns the sg_video and releases it with sg_video_free(); no
 * pixels outlive a call to sg_video_next(). Not thread-safe: one thread
 * drives one sg_video.
 * ---------------------------------------------------------------------- */

typedef struct sg_video sg_video;

typedef struct sg_video_opts {
    double seconds_per_sample; /* media seconds between hashed frames;
                                  <= 0 -> default 1.0 */
    bool every_frame;          /* hash every decoded frame (vPDQ -r 0) */
    int timeout_ms;            /* open / read stall timeout; a live source
                                  silent this long gives SG_ETIMEOUT;
                                  <= 0 -> default 10000 */
    uint64_t max_pixels;       /* refuse larger frames (SG_ELIMIT);
                                  0 = default 100M */
    int dedupe_distance;       /* drop a sampled frame whose hash is within
                                  this many bits of the previous kept frame;
                                  0 = keep all (sg_video_opts_init: 8) */
    /* Optional: polled while blocked in I/O; return nonzero to abort
     * (sg_video_next then returns SG_ETIMEOUT with the reason "interrupted"). */
    int (*interrupt)(void *ud);
    void *interrupt_ud;
} sg_video_opts;

/* Fills the defaults: 1.0 s per sample, 10 s timeout, 100M pixels,
 * dedupe distance 8, no interrupt callback. */
void sg_video_opts_init(sg_video_opts *opts);

typedef struct sg_video_frame {
    int64_t frame_number; /* 0-based index of the decoded frame */
    double timestamp;     /* media time in seconds (see docs/media.md) */
    sg_pdq_result pdq;    /* hash, quality, 8 dihedral hashes, frame size */
} sg_video_frame;

/* Opens url_or_path (opts may be NULL for the defaults). On failure
 * returns SG_EIO / SG_EFORMAT / SG_EDECODE / SG_ETIMEOUT / SG_ELIMIT with
 * the reason in err, and *out is NULL. */
int sg_video_open(const char *url_or_path, const sg_video_opts *opts, sg_video **out, char *err,
                  size_t errcap);
/* Returns 1 and fills *out for the next kept frame, 0 at the end of the
 * media, or a negative SG_E* code (SG_ETIMEOUT when the source stalls past
 * timeout_ms); sg_video_error() then gives the reason. */
int sg_video_next(sg_video *v, sg_video_frame *out);
/* The reason for the last error ("" if none); borrowed, valid until the
 * next call on v. */
const char *sg_video_error(const sg_video *v);
/* Frames per second of the video stream as libavformat reports it. */
double sg_video_fps(const sg_video *v);
void sg_video_free(sg_video *v);

/* vPDQ whole-video comparison (python-threatexchange rule): frames whose
 * quality is below 50 are dropped (a NULL quality array keeps all), the
 * remaining hashes of each side are deduplicated (identical hashes count
 * once), and *q_pct is the percentage of distinct query hashes within
 * radius (<=, normally 31) of some target hash, *t_pct the same the other
 * way. A side with no frames left gives 0%. Returns 0 or SG_EINVAL/SG_ENOMEM. */
int sg_vpdq_compare(const sg_pdq_hash *q, const int *q_quality, size_t nq, const sg_pdq_hash *t,
                    const int *t_quality, size_t nt, int radius, double *q_pct, double *t_pct);

/* ------------------------------------------------------------------------
 * Hash banks and the match index
 * ---------------------------------------------------------------------- */

typedef struct sg_hashdb sg_hashdb; /* banks + index */

typedef enum sg_bank_mode {
    SG_BANK_ENABLED = 0,
    SG_BANK_DISABLED,
    SG_BANK_NEGATIVE /* a match here suppresses matches elsewhere */
} sg_bank_mode;

typedef enum sg_hash_status {
    SG_HASH_ACTIVE = 0,
    SG_HASH_CONFIRMED,
    SG_HASH_QUARANTINED /* never reported as a match */
} sg_hash_status;

typedef struct sg_match {
    const char *bank;
    const char *id;    /* the hash's id within its bank */
    const char *label; /* may be NULL */
    sg_pdq_hash hash;  /* the bank's hash */
    int distance;
    sg_dihedral variant; /* which query variant matched */
} sg_match;

int sg_hashdb_new(sg_hashdb **out);
void sg_hashdb_free(sg_hashdb *db);

/* Imports a bank file: one hex hash per line, optionally followed by an id
 * (whitespace or comma separated), or a CSV/TSV export with a header row
 * naming a hash column (hash, pdq, signal_value...) and optional id/label
 * columns. Errors name the line ("FILE:LINE: reason" in err). All or
 * nothing: after an error nothing from the file was added. Creates the bank
 * (enabled) if needed. Returns the number of hashes added (lines whose id
 * and hash are already in the bank are skipped). See docs/media.md. */
int sg_hashdb_import(sg_hashdb *db, const char *bank, const char *path, char *err, size_t errcap);
int sg_hashdb_add(sg_hashdb *db, const char *bank, const sg_pdq_hash *h, const char *id,
                  const char *label);
int sg_hashdb_set_bank_mode(sg_hashdb *db, const char *bank, sg_bank_mode mode);
int sg_hashdb_set_hash_status(sg_hashdb *db, const char *bank, const char *id, sg_hash_status st);
/* Builds (or rebuilds) the multi-index; call after imports. */
int sg_hashdb_build(sg_hashdb *db);

/* Queries all nq hashes (e.g. the 8 dihedral variants of one image; nq at
 * most 64) at Hamming radius r (0..256). Each bank hash is reported once,
 * with its best distance and the variant (index into q) that gave it,
 * sorted by distance. Exact: every active hash within r in an enabled bank
 * is returned, unless a negative bank also matches. Matches are written to
 * out (at most cap; borrowed strings valid until the db changes); returns
 * the number of matches (may exceed cap: then only cap were written). */
int sg_hashdb_query(sg_hashdb *db, const sg_pdq_hash *q, size_t nq, int radius, sg_match *out,
                    size_t cap);
size_t sg_hashdb_size(const sg_hashdb *db);

/* Tuning and caps. Initialise with sg_hashdb_config_init() (the defaults
 * named below), override fields, then sg_hashdb_configure() before imports
 * (index_chunks takes effect at the next sg_hashdb_build()). */
typedef struct sg_hashdb_config {
    int min_quality;              /* queries of lower quality are not matched;
                                     default 50; 0 matches everything */
    int quarantine_matches;       /* a hash matching more than this many queries */
    int64_t quarantine_window_ms; /* within this much query time is quarantined
                                     automatically; default 100 in 60000 ms;
                                     quarantine_matches < 0 disables */
    int index_chunks;             /* multi-index chunks, 8..32; 0 = chosen from
                                     the number of hashes (docs/media.md) */
    size_t max_hashes;            /* cap on hashes held; default 50,000,000 */
    size_t max_line;              /* import: longest line accepted; default 65536 */
} sg_hashdb_config;
void sg_hashdb_config_init(sg_hashdb_config *cfg);
int sg_hashdb_configure(sg_hashdb *db, const sg_hashdb_config *cfg);

/* Same as sg_hashdb_import, from memory; name is used in error messages
 * and as the default source. Bad lines fail the whole import: nothing from
 * the input is added (all or nothing). */
int sg_hashdb_import_mem(sg_hashdb *db, const char *bank, const char *data, size_t len,
                         const char *name, char *err, size_t errcap);

/* sg_hashdb_query with the query's PDQ quality (below min_quality: no
 * matches, returns 0; quality < 0 = unknown, not checked) and its time in
 * ms (any clock that only moves forward: the auto-quarantine window is
 * measured in it). sg_hashdb_query is this with quality -1 and the
 * monotonic clock. Not thread-safe: a query updates match counters. */
int sg_hashdb_query_ex(sg_hashdb *db, const sg_pdq_hash *q, size_t nq, int radius, int quality,
                       int64_t ts_ms, sg_match *out, size_t cap);

/* A hash and its metadata; strings borrowed until the db changes. */
typedef struct sg_hash_info {
    const char *bank;
    const char *id;
    const char *label;  /* NULL if none */
    const char *source; /* file it came from, or the source column; may be NULL */
    sg_pdq_hash hash;
    int64_t added; /* unix seconds */
    sg_hash_status status;
} sg_hash_info;
int sg_hashdb_get(const sg_hashdb *db, const char *bank, const char *id, sg_hash_info *out);

typedef struct sg_bank_info {
    const char *name; /* borrowed until the db changes */
    sg_bank_mode mode;
    size_t size; /* hashes in the bank */
} sg_bank_info;
size_t sg_hashdb_bank_count(const sg_hashdb *db);
int sg_hashdb_bank_info(const sg_hashdb *db, size_t i, sg_bank_info *out);

/* An automatic quarantine, reported once. Strings borrowed until the db
 * changes. Up to 256 events are queued; older ones are dropped (counted in
 * the stats). */
typedef struct sg_hashdb_event {
    const char *bank;
    const char *id;
    sg_pdq_hash hash;
    int64_t ts_ms; /* query time of the match that tripped it */
    int matches;   /* matches inside the window, including that one */
} sg_hashdb_event;
/* Returns 1 and fills *out with the oldest pending event, 0 if none. */
int sg_hashdb_next_event(sg_hashdb *db, sg_hashdb_event *out);

/* Snapshots: a compact binary image of every bank, hash, status and
 * metadata (not the index: loading rebuilds it). Native byte order, for
 * restarting on the same kind of machine; exchange lists as CSV. Save
 * writes PATH.tmp and renames it. Load works on an empty db only
 * (SG_ESTATE otherwise), checks sizes, offsets and a checksum (SG_EFORMAT
 * with the reason in err), and returns the number of hashes loaded. */
int sg_hashdb_save(const sg_hashdb *db, const char *path, char *err, size_t errcap);
int sg_hashdb_load(sg_hashdb *db, const char *path, char *err, size_t errcap);
int sg_hashdb_load_mem(sg_hashdb *db, const void *data, size_t len, const char *name, char *err,
                       size_t errcap);

typedef struct sg_hashdb_stats {
    size_t hashes, indexed, banks; /* indexed < hashes: tail scanned linearly */
    size_t quarantined;            /* hashes with status quarantined */
    uint64_t auto_quarantined;     /* of which automatically */
    uint64_t queries, low_quality; /* queries, and those skipped for quality */
    uint64_t matches, suppressed;  /* matches reported; queries a negative bank suppressed */
    uint64_t events_dropped;
    int index_chunks;   /* 0 = not built */
    size_t index_bytes; /* multi-index tables */
    size_t bytes;       /* everything the db holds */
} sg_hashdb_stats;
void sg_hashdb_get_stats(const sg_hashdb *db, sg_hashdb_stats *out);

#ifdef __cplusplus
}
#endif

#endif /* STREAMGUARD_MEDIA_H */

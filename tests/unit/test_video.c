/* test_video.c — video frame sampling: a generated video with a known image
 * on screen from second 2 to 4, the vPDQ sample videos against their
 * published per-frame hashes, the vPDQ comparison against the published
 * match facts, and sources that fail or stall. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "streamguard.h"

#define DATA   SG_SOURCE_DIR "/tests/data/pdq/"
#define BRIDGE DATA "images/reg-test-input/dih/bridge-1-original.jpg"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- a generated video ------------------------------------------------ */

static char tmpdir[256];

static int make_video(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/sg_test_video_XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    char cmd[2048];
    /* 6 s of colour bars at 10 fps; the bridge photo fills the frame for
     * 2 <= t < 4. */
    snprintf(cmd, sizeof cmd,
             "ffmpeg -nostdin -v error -f lavfi -i smptebars=size=320x240:rate=10:duration=6 "
             "-loop 1 -i '%s' -filter_complex "
             "\"[1:v]scale=320:240,format=yuv420p[img];"
             "[0:v][img]overlay=enable='gte(t,2)*lt(t,4)':shortest=1,format=yuv420p\" "
             "-c:v mpeg4 -q:v 2 -y '%s/known.mp4'",
             BRIDGE, tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static int remove_video(void **state)
{
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_known_image_at_the_right_time(void **state)
{
    (void)state;
    sg_pdq_result img;
    char err[256], path[512];
    assert_int_equal(sg_pdq_hash_file(BRIDGE, NULL, &img, err, sizeof err), 0);
    snprintf(path, sizeof path, "%s/known.mp4", tmpdir);

    /* no dedupe: one frame per second, t = 0..5 */
    sg_video_opts o;
    sg_video_opts_init(&o);
    o.dedupe_distance = 0;
    sg_video *v;
    assert_int_equal(sg_video_open(path, &o, &v, err, sizeof err), 0);
    assert_true(sg_video_fps(v) > 9.99 && sg_video_fps(v) < 10.01);
    sg_video_frame fr;
    int n = 0, rc;
    while ((rc = sg_video_next(v, &fr)) == 1) {
        assert_true(n < 6);
        assert_int_equal(fr.frame_number, n * 10);
        assert_true(fr.timestamp > n - 0.001 && fr.timestamp < n + 0.001);
        assert_int_equal(fr.pdq.width, 320);
        int d = sg_pdq_distance(&fr.pdq.hash[SG_DIH_ORIGINAL], &img.hash[SG_DIH_ORIGINAL]);
        print_message("t=%.1f distance to the photo %d\n", fr.timestamp, d);
        if (n == 2 || n == 3)
            assert_true(d <= 31);
        else
            assert_true(d > 31);
        n++;
    }
    assert_int_equal(rc, 0);
    assert_int_equal(n, 6);
    assert_int_equal(sg_video_next(v, &fr), 0); /* stays at the end */
    sg_video_free(v);

    /* default dedupe (8 bits): t=1 repeats t=0 and t=3 repeats t=2 */
    sg_video_opts_init(&o);
    assert_int_equal(sg_video_open(path, &o, &v, err, sizeof err), 0);
    double want[] = { 0.0, 2.0, 4.0 };
    n = 0;
    while ((rc = sg_video_next(v, &fr)) == 1) {
        assert_true(n < 3);
        assert_true(fr.timestamp > want[n] - 0.001 && fr.timestamp < want[n] + 0.001);
        n++;
    }
    assert_int_equal(rc, 0);
    assert_int_equal(n, 3);
    sg_video_free(v);

    /* half-second sampling */
    sg_video_opts_init(&o);
    o.seconds_per_sample = 0.5;
    o.dedupe_distance = 0;
    assert_int_equal(sg_video_open(path, &o, &v, err, sizeof err), 0);
    n = 0;
    while ((rc = sg_video_next(v, &fr)) == 1) {
        assert_int_equal(fr.frame_number, n * 5);
        n++;
    }
    assert_int_equal(n, 12);
    sg_video_free(v);
}

/* ---- the vPDQ sample videos ------------------------------------------- */

typedef struct vpdq_file {
    sg_pdq_hash *h;
    int *q;
    double *ts;
    size_t n;
} vpdq_file;

static vpdq_file read_vpdq(const char *name)
{
    char path[512], line[512];
    snprintf(path, sizeof path, DATA "vpdq-sample-hashes/%s", name);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    vpdq_file v = { NULL, NULL, NULL, 0 };
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        long frame;
        int q;
        char hex[65];
        double ts;
        if (sscanf(line, "%ld,%d,%64[0-9a-f],%lf", &frame, &q, hex, &ts) != 4)
            fail_msg("%s: bad line %s", name, line);
        if (v.n == cap) {
            cap = cap ? cap * 2 : 256;
            v.h = realloc(v.h, cap * sizeof *v.h);
            v.q = realloc(v.q, cap * sizeof *v.q);
            v.ts = realloc(v.ts, cap * sizeof *v.ts);
        }
        assert_int_equal(frame, (long)v.n);
        assert_int_equal(sg_pdq_from_hex(hex, 64, &v.h[v.n]), 0);
        v.q[v.n] = q;
        v.ts[v.n] = ts;
        v.n++;
    }
    fclose(f);
    return v;
}

static void free_vpdq(vpdq_file *v)
{
    free(v->h);
    free(v->q);
    free(v->ts);
}

/* Every frame hashed (vPDQ -r 0): same frame numbers and timestamps; the
 * hashes drift by decoder/swscale differences. Measured: test-padded 0
 * bits on every frame; doorknob at quality >= 50 max 22, mean ~5 bits
 * (its dark low-quality frames differ more, as noise). Bound: every
 * quality >= 50 frame within the match threshold, 31. */
static void check_sample(const char *base, int want_max)
{
    char path[512], txt[512], err[256];
    snprintf(path, sizeof path, DATA "vpdq-sample-hashes/%s.mp4", base);
    snprintf(txt, sizeof txt, "%s.txt", base);
    vpdq_file ref = read_vpdq(txt);
    sg_video_opts o;
    sg_video_opts_init(&o);
    o.every_frame = true;
    o.dedupe_distance = 0;
    sg_video *v;
    assert_int_equal(sg_video_open(path, &o, &v, err, sizeof err), 0);
    sg_video_frame fr;
    size_t n = 0;
    int maxd = 0, sum = 0, counted = 0;
    sg_pdq_hash *ours = malloc(ref.n * sizeof *ours);
    int *ourq = malloc(ref.n * sizeof *ourq);
    while (sg_video_next(v, &fr) == 1) {
        assert_true(n < ref.n);
        assert_int_equal(fr.frame_number, (int64_t)n);
        assert_true(fr.timestamp > ref.ts[n] - 0.0011 && fr.timestamp < ref.ts[n] + 0.0011);
        ours[n] = fr.pdq.hash[0];
        ourq[n] = fr.pdq.quality;
        if (ref.q[n] >= 50) {
            int d = sg_pdq_distance(&fr.pdq.hash[0], &ref.h[n]);
            if (d > maxd)
                maxd = d;
            sum += d;
            counted++;
        }
        n++;
    }
    assert_int_equal(n, ref.n);
    print_message("%s: %zu frames, quality>=50: %d, max %d bits, mean %.1f\n", base, n, counted,
                  maxd, counted ? (double)sum / counted : 0.0);
    assert_true(maxd <= want_max);
    /* and as whole videos they match each other completely */
    double qp, tp;
    assert_int_equal(sg_vpdq_compare(ours, ourq, n, ref.h, ref.q, ref.n, 31, &qp, &tp), 0);
    assert_true(qp > 99.99 && tp > 99.99);
    free(ours);
    free(ourq);
    sg_video_free(v);
    free_vpdq(&ref);
}

static void test_vpdq_sample_videos(void **state)
{
    (void)state;
    check_sample("test-padded-dimensions", 0);
    check_sample("doorknob-hd-no-bar", 31);
}

/* vpdq-match-facts.tsv, python rule: dedupe, quality >= 50, distance <= 31. */
static void test_vpdq_compare_facts(void **state)
{
    (void)state;
    FILE *f = fopen(DATA "vpdq-match-facts.tsv", "r");
    assert_non_null(f);
    char line[1024];
    assert_non_null(fgets(line, sizeof line, f));
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        char qn[128], tn[128];
        int nq, nt, match;
        double pq, pt;
        if (sscanf(line, "%127s %127s %d %d %lf %lf %d", qn, tn, &nq, &nt, &pq, &pt, &match) != 7)
            fail_msg("bad facts line: %s", line);
        vpdq_file a = read_vpdq(qn), b = read_vpdq(tn);
        assert_int_equal(a.n, (size_t)nq);
        assert_int_equal(b.n, (size_t)nt);
        double gq, gt;
        assert_int_equal(sg_vpdq_compare(a.h, a.q, a.n, b.h, b.q, b.n, 31, &gq, &gt), 0);
        if (gq < pq - 0.006 || gq > pq + 0.006 || gt < pt - 0.006 || gt > pt + 0.006)
            fail_msg("%s vs %s: got %.2f/%.2f want %.2f/%.2f", qn, tn, gq, gt, pq, pt);
        assert_int_equal(gq >= 80.0 && gt >= 80.0, match);
        free_vpdq(&a);
        free_vpdq(&b);
        rows++;
    }
    fclose(f);
    assert_int_equal(rows, 16);

    /* empty sides and bad arguments */
    double q, t;
    sg_pdq_hash h;
    memset(&h, 0, sizeof h);
    assert_int_equal(sg_vpdq_compare(NULL, NULL, 0, &h, NULL, 1, 31, &q, &t), 0);
    assert_true(q == 0.0 && t == 0.0);
    assert_int_equal(sg_vpdq_compare(&h, NULL, 1, &h, NULL, 1, -1, &q, &t), SG_EINVAL);
}

/* ---- failing and stalled sources -------------------------------------- */

static void test_stalled_url_times_out(void **state)
{
    (void)state;
    /* A server that accepts the connection (the kernel does, from the
     * backlog) and never sends a byte. */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(s >= 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
    assert_int_equal(listen(s, 4), 0);
    socklen_t al = sizeof a;
    assert_int_equal(getsockname(s, (struct sockaddr *)&a, &al), 0);
    char url[128], err[256] = "";
    snprintf(url, sizeof url, "http://127.0.0.1:%d/live/stream.m3u8", ntohs(a.sin_port));
    sg_video_opts o;
    sg_video_opts_init(&o);
    o.timeout_ms = 1000;
    sg_video *v = (sg_video *)1;
    double t0 = now_s();
    int rc = sg_video_open(url, &o, &v, err, sizeof err);
    double took = now_s() - t0;
    print_message("stalled: %s after %.2f s\n", err, took);
    assert_int_equal(rc, SG_ETIMEOUT);
    assert_null(v);
    assert_non_null(strstr(err, "timed out"));
    assert_true(took >= 0.9 && took < 5.0);
    close(s);
}

static void test_failed_sources(void **state)
{
    (void)state;
    char err[256] = "";
    sg_video *v;
    /* a closed port: refused at once */
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
    socklen_t al = sizeof a;
    getsockname(s, (struct sockaddr *)&a, &al);
    close(s); /* nobody listens there now */
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/x.mp4", ntohs(a.sin_port));
    sg_video_opts o;
    sg_video_opts_init(&o);
    o.timeout_ms = 2000;
    int rc = sg_video_open(url, &o, &v, err, sizeof err);
    print_message("refused: %s\n", err);
    assert_int_equal(rc, SG_EIO);
    assert_null(v);

    rc = sg_video_open("/nonexistent/video.mp4", NULL, &v, err, sizeof err);
    assert_int_equal(rc, SG_EIO);
    assert_non_null(strstr(err, "/nonexistent/video.mp4"));

    /* not a video at all */
    char path[512];
    snprintf(path, sizeof path, "%s/garbage.mp4", tmpdir);
    FILE *f = fopen(path, "w");
    for (int i = 0; i < 1000; i++)
        fputs("this is not a video file at all ", f);
    fclose(f);
    rc = sg_video_open(path, NULL, &v, err, sizeof err);
    print_message("garbage: %s (%s)\n", err, sg_strerror(rc));
    assert_true(rc < 0);
    assert_null(v);

    /* truncated video: opens or fails cleanly, never hangs or crashes */
    char src[512], cmd[1200];
    snprintf(src, sizeof src, "%s/known.mp4", tmpdir);
    snprintf(path, sizeof path, "%s/cut.mp4", tmpdir);
    snprintf(cmd, sizeof cmd, "head -c 20000 '%s' > '%s'", src, path);
    assert_int_equal(system(cmd), 0);
    rc = sg_video_open(path, NULL, &v, err, sizeof err);
    if (rc == 0) {
        sg_video_frame fr;
        while ((rc = sg_video_next(v, &fr)) == 1)
            ;
        sg_video_free(v);
    }
    assert_true(rc <= 0);

    /* frame size above the pixel cap */
    sg_video_opts_init(&o);
    o.max_pixels = 1000;
    rc = sg_video_open(src, &o, &v, err, sizeof err);
    assert_int_equal(rc, SG_ELIMIT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_image_at_the_right_time),
        cmocka_unit_test(test_vpdq_sample_videos),
        cmocka_unit_test(test_vpdq_compare_facts),
        cmocka_unit_test(test_stalled_url_times_out),
        cmocka_unit_test(test_failed_sources),
    };
    return cmocka_run_group_tests(tests, make_video, remove_video);
}

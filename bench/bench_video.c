/* bench_video.c — live-video frames: decoded + PDQ-hashed frames per
 * second, and the same with every hashed frame (all 8 dihedral variants)
 * matched against a bank of 1,000,000 hashes at radius 31, on one core.
 *
 * The test videos are made here with the ffmpeg command-line tool
 * (installed by scripts/install-deps.sh): 20 s of ffmpeg's moving test
 * pattern at 30 frames/s, H.264, at 640x360, 1280x720 and 1920x1080. Two
 * ways of reading each:
 *   every_frame — every decoded frame hashed (vPDQ with -r 0);
 *   1/s         — the default watch setting: one frame per media second
 *                 hashed, all frames still decoded (the decode dominates).
 * A bank of N random hashes (splitmix64, fixed seed) is the match index.
 *
 * usage: bench_video [N_BANK]   (default 1000000)
 * Prints one line per figure. Times are process CPU time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "streamguard.h"

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Makes the test video; returns 0 when it exists afterwards. */
static int make_video(const char *path, const char *size)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "ffmpeg -v error -y -f lavfi -i testsrc2=size=%s:rate=30 -t 20 "
             "-c:v libx264 -preset veryfast -pix_fmt yuv420p '%s'",
             size, path);
    if (system(cmd) != 0)
        return -1;
    return access(path, R_OK);
}

/* Reads the whole video; with db, matches every kept frame. Prints a line. */
static void run(const char *path, const char *size, bool every, sg_hashdb *db)
{
    sg_video_opts o;
    sg_video_opts_init(&o);
    o.every_frame = every;
    o.dedupe_distance = 0; /* count every sampled frame */
    sg_video *v;
    char err[256];
    double t0 = cpu_s();
    if (sg_video_open(path, &o, &v, err, sizeof err)) {
        fprintf(stderr, "bench_video: %s: %s\n", path, err);
        return;
    }
    sg_video_frame f;
    sg_match m[16];
    long frames = 0, matches = 0;
    int rc;
    double match_s = 0;
    while ((rc = sg_video_next(v, &f)) == 1) {
        frames++;
        if (db) {
            double q0 = cpu_s();
            int n =
                sg_hashdb_query_ex(db, f.pdq.hash, SG_DIH__COUNT, 31, f.pdq.quality, frames, m, 16);
            match_s += cpu_s() - q0;
            matches += n > 0 ? n : 0;
        }
    }
    double t = cpu_s() - t0;
    if (rc < 0)
        fprintf(stderr, "bench_video: %s: %s\n", path, sg_video_error(v));
    sg_video_free(v);
    printf("video %s %s%s: %ld frames hashed in %.2f s CPU: %.0f hashed frames/s, %.0f "
           "media frames/s (600 in the file)",
           size, every ? "every_frame" : "1/s", db ? " +match" : "", frames, t,
           frames / (t > 0 ? t : 1), 600 / (t > 0 ? t : 1));
    if (db)
        printf(", match %.1f us/frame (8 variants, %ld matches)",
               match_s / (frames ? frames : 1) * 1e6, matches);
    printf("\n");
}

int main(int argc, char **argv)
{
    size_t nbank = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    char dir[] = "/tmp/sg-bench-video.XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    sg_hashdb *db;
    if (sg_hashdb_new(&db))
        return 1;
    uint64_t s = 0x5eed;
    char id[32];
    for (size_t i = 0; i < nbank; i++) {
        sg_pdq_hash h;
        for (int k = 0; k < 4; k++) {
            uint64_t w = splitmix(&s);
            memcpy(h.bytes + 8 * k, &w, 8);
        }
        snprintf(id, sizeof id, "h%zu", i);
        if (sg_hashdb_add(db, "bench", &h, id, NULL))
            return 1;
    }
    double b0 = cpu_s();
    sg_hashdb_build(db);
    printf("video bank: %zu hashes, index built in %.2f s\n", nbank, cpu_s() - b0);
    static const char *const sizes[] = { "640x360", "1280x720", "1920x1080" };
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s.mp4", dir, sizes[i]);
        if (make_video(path, sizes[i])) {
            fprintf(stderr, "bench_video: could not make %s with ffmpeg\n", path);
            continue;
        }
        run(path, sizes[i], true, NULL);
        run(path, sizes[i], true, db);
        run(path, sizes[i], false, db);
        unlink(path);
    }
    rmdir(dir);
    sg_hashdb_free(db);
    return 0;
}

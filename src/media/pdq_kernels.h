/* pdq_kernels.h — the streaming PDQ filter kernels, included twice by
 * pdq.c: once for baseline x86-64 / any CPU, once compiled for AVX2 (same
 * arithmetic, wider vectors; runtime dispatch). Define K(name) to suffix
 * the function names and SG_PDQ_AVX2 to 1 or 0 before including.
 *
 * Nothing here changes a result: every float operation is the reference's,
 * in its order, per output; only independent outputs are computed side by
 * side (16 rows as two 8-lane vectors, or 8 columns at a time). AVX2 has
 * no FMA, and C11 mode does not contract a*b+c, so the luma sums round as
 * the reference's do. */

/* Luma of row y into dst (w floats). False when a pulled source could not
 * give the row (a decode error): the caller stops. */
static bool K(luma_row)(const luma_src *s, int y, float *dst)
{
    const uint8_t *row =
        s->pull ? s->pull(s->pull_ctx, y) : (const uint8_t *)s->base + (size_t)y * s->stride;
    if (!row)
        return false;
    int w = s->w, x = 0;
    switch (s->kind) {
    case SRC_FLOAT: memcpy(dst, row, (size_t)w * sizeof(float)); return true;
    case SRC_RGB:
#if SG_PDQ_AVX2
    {
        const __m256 cr = _mm256_set1_ps(luma_r), cg = _mm256_set1_ps(luma_g),
                     cb = _mm256_set1_ps(luma_b);
        const __m128i ra =
            _mm_setr_epi8(0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
        const __m128i rb =
            _mm_setr_epi8(-1, -1, -1, -1, -1, -1, 2, 5, -1, -1, -1, -1, -1, -1, -1, -1);
        const __m128i ga =
            _mm_setr_epi8(1, 4, 7, 10, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
        const __m128i gb =
            _mm_setr_epi8(-1, -1, -1, -1, -1, 0, 3, 6, -1, -1, -1, -1, -1, -1, -1, -1);
        const __m128i ba =
            _mm_setr_epi8(2, 5, 8, 11, 14, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
        const __m128i bb =
            _mm_setr_epi8(-1, -1, -1, -1, -1, 1, 4, 7, -1, -1, -1, -1, -1, -1, -1, -1);
        for (; x + 8 <= w; x += 8) {
            const uint8_t *p = row + 3 * x;
            __m128i a = _mm_loadu_si128((const __m128i *)p);
            __m128i b = _mm_loadl_epi64((const __m128i *)(p + 16));
            __m128i r8 = _mm_or_si128(_mm_shuffle_epi8(a, ra), _mm_shuffle_epi8(b, rb));
            __m128i g8 = _mm_or_si128(_mm_shuffle_epi8(a, ga), _mm_shuffle_epi8(b, gb));
            __m128i b8 = _mm_or_si128(_mm_shuffle_epi8(a, ba), _mm_shuffle_epi8(b, bb));
            __m256 rf = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(r8));
            __m256 gf = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(g8));
            __m256 bf = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(b8));
            __m256 y8 = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(cr, rf), _mm256_mul_ps(cg, gf)),
                                      _mm256_mul_ps(cb, bf));
            _mm256_storeu_ps(dst + x, y8);
        }
    }
#endif
        for (; x < w; x++) {
            const uint8_t *p = row + 3 * x;
            dst[x] = luma_r * p[0] + luma_g * p[1] + luma_b * p[2];
        }
        return true;
    case SRC_GRAY:
        for (; x < w; x++)
            dst[x] = (float)row[x];
        return true;
    }
    return true;
}

/* T[k*8 + r] = rows[r][k]: 8 rows become w vectors of 8 lanes. */
static void K(transpose_in)(const float *const rows[LANES], int w, float *T)
{
    int k = 0;
#if SG_PDQ_AVX2
    for (; k + 8 <= w; k += 8) {
        __m256 r0 = _mm256_loadu_ps(rows[0] + k), r1 = _mm256_loadu_ps(rows[1] + k);
        __m256 r2 = _mm256_loadu_ps(rows[2] + k), r3 = _mm256_loadu_ps(rows[3] + k);
        __m256 r4 = _mm256_loadu_ps(rows[4] + k), r5 = _mm256_loadu_ps(rows[5] + k);
        __m256 r6 = _mm256_loadu_ps(rows[6] + k), r7 = _mm256_loadu_ps(rows[7] + k);
        __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
        __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
        __m256 t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5);
        __m256 t6 = _mm256_unpacklo_ps(r6, r7), t7 = _mm256_unpackhi_ps(r6, r7);
        __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
        __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44), u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
        __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
        __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
        float *o = T + (size_t)k * 8;
        _mm256_store_ps(o + 0, _mm256_permute2f128_ps(u0, u4, 0x20));
        _mm256_store_ps(o + 8, _mm256_permute2f128_ps(u1, u5, 0x20));
        _mm256_store_ps(o + 16, _mm256_permute2f128_ps(u2, u6, 0x20));
        _mm256_store_ps(o + 24, _mm256_permute2f128_ps(u3, u7, 0x20));
        _mm256_store_ps(o + 32, _mm256_permute2f128_ps(u0, u4, 0x31));
        _mm256_store_ps(o + 40, _mm256_permute2f128_ps(u1, u5, 0x31));
        _mm256_store_ps(o + 48, _mm256_permute2f128_ps(u2, u6, 0x31));
        _mm256_store_ps(o + 56, _mm256_permute2f128_ps(u3, u7, 0x31));
    }
#endif
    for (; k < w; k++)
        for (int r = 0; r < LANES; r++)
            T[(size_t)k * 8 + r] = rows[r][k];
}

/* The inverse: out[r][k] = T[k*8 + r] (out rows may point to scratch). */
static void K(transpose_out)(const float *T, int w, float *const out[LANES])
{
    int k = 0;
#if SG_PDQ_AVX2
    for (; k + 8 <= w; k += 8) {
        const float *in = T + (size_t)k * 8;
        __m256 r0 = _mm256_load_ps(in + 0), r1 = _mm256_load_ps(in + 8);
        __m256 r2 = _mm256_load_ps(in + 16), r3 = _mm256_load_ps(in + 24);
        __m256 r4 = _mm256_load_ps(in + 32), r5 = _mm256_load_ps(in + 40);
        __m256 r6 = _mm256_load_ps(in + 48), r7 = _mm256_load_ps(in + 56);
        __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
        __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
        __m256 t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5);
        __m256 t6 = _mm256_unpacklo_ps(r6, r7), t7 = _mm256_unpackhi_ps(r6, r7);
        __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
        __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44), u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
        __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
        __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
        _mm256_storeu_ps(out[0] + k, _mm256_permute2f128_ps(u0, u4, 0x20));
        _mm256_storeu_ps(out[1] + k, _mm256_permute2f128_ps(u1, u5, 0x20));
        _mm256_storeu_ps(out[2] + k, _mm256_permute2f128_ps(u2, u6, 0x20));
        _mm256_storeu_ps(out[3] + k, _mm256_permute2f128_ps(u3, u7, 0x20));
        _mm256_storeu_ps(out[4] + k, _mm256_permute2f128_ps(u0, u4, 0x31));
        _mm256_storeu_ps(out[5] + k, _mm256_permute2f128_ps(u1, u5, 0x31));
        _mm256_storeu_ps(out[6] + k, _mm256_permute2f128_ps(u2, u6, 0x31));
        _mm256_storeu_ps(out[7] + k, _mm256_permute2f128_ps(u3, u7, 0x31));
    }
#endif
    for (; k < w; k++)
        for (int r = 0; r < LANES; r++)
            out[r][k] = T[(size_t)k * 8 + r];
}

static inline void K(vload)(v8f *v, const float *p)
{
    memcpy(v, p, sizeof *v);
}

/* Row box over a block of BLOCK rows as two transposed halves (T0: rows
 * 0-7, T1: rows 8-15; lane r = row r). The two running sums are
 * independent chains, so one's add latency hides behind the other's.
 * full0/full1 != NULL: every output to full[oi*8 + r]; otherwise only the
 * outputs at the sample columns go to sampled[row][s]. The reference's four
 * phases, in order, per row. */
static void K(rowbox_T)(const float *T0, const float *T1, box_geom g, float *full0, float *full1,
                        const int *samples, float sampled[BLOCK][64])
{
    v8f s0 = { 0, 0, 0, 0, 0, 0, 0, 0 }, s1 = s0, x0, x1, y0, y1;
    int ri = 0, li = 0, oi = 0, count = 0, s = 0;
#define ROWBOX_EMIT()                                             \
    do {                                                          \
        if (full0) {                                              \
            v8f q0_ = s0 / (float)count, q1_ = s1 / (float)count; \
            memcpy(full0 + (size_t)oi * 8, &q0_, sizeof q0_);     \
            memcpy(full1 + (size_t)oi * 8, &q1_, sizeof q1_);     \
        } else if (s < 64 && samples[s] == oi) {                  \
            v8f q0_ = s0 / (float)count, q1_ = s1 / (float)count; \
            for (; s < 64 && samples[s] == oi; s++)               \
                for (int r_ = 0; r_ < LANES; r_++) {              \
                    sampled[r_][s] = q0_[r_];                     \
                    sampled[LANES + r_][s] = q1_[r_];             \
                }                                                 \
        }                                                         \
        oi++;                                                     \
    } while (0)
#define ROWBOX_LOAD(v0, v1, i)             \
    do {                                   \
        K(vload)(&v0, T0 + (size_t)(i)*8); \
        K(vload)(&v1, T1 + (size_t)(i)*8); \
    } while (0)
    for (int i = 0; i < g.p1; i++) {
        ROWBOX_LOAD(x0, x1, ri);
        ri++;
        s0 += x0;
        s1 += x1;
        count++;
    }
    for (int i = 0; i < g.p2; i++) {
        ROWBOX_LOAD(x0, x1, ri);
        ri++;
        s0 += x0;
        s1 += x1;
        count++;
        ROWBOX_EMIT();
    }
    if (full0) {
        /* The hot loop: add, subtract, divide, store. */
        v8f c = { 0, 0, 0, 0, 0, 0, 0, 0 };
        c += (float)count;
        for (int i = 0; i < g.p3; i++) {
            ROWBOX_LOAD(x0, x1, ri);
            ROWBOX_LOAD(y0, y1, li);
            ri++;
            li++;
            s0 += x0;
            s1 += x1;
            s0 -= y0;
            s1 -= y1;
            v8f q0 = s0 / c, q1 = s1 / c;
            memcpy(full0 + (size_t)oi * 8, &q0, sizeof q0);
            memcpy(full1 + (size_t)oi * 8, &q1, sizeof q1);
            oi++;
        }
    } else {
        for (int i = 0; i < g.p3; i++) {
            ROWBOX_LOAD(x0, x1, ri);
            ROWBOX_LOAD(y0, y1, li);
            ri++;
            li++;
            s0 += x0;
            s1 += x1;
            s0 -= y0;
            s1 -= y1;
            ROWBOX_EMIT();
        }
    }
    for (int i = 0; i < g.p1; i++) {
        ROWBOX_LOAD(y0, y1, li);
        li++;
        s0 -= y0;
        s1 -= y1;
        count--;
        ROWBOX_EMIT();
    }
#undef ROWBOX_LOAD
#undef ROWBOX_EMIT
}

/* One step of the column box over all columns: optional add, optional
 * subtract (in that order, as the reference), then sum / count. */
static void K(colbox_step)(float *restrict sums, const float *restrict add,
                           const float *restrict sub, float *restrict out, int n, int count)
{
    float c = (float)count;
    v8f vc = { 0, 0, 0, 0, 0, 0, 0, 0 };
    vc += c;
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        v8f s, x;
        memcpy(&s, sums + j, sizeof s);
        if (add) {
            memcpy(&x, add + j, sizeof x);
            s += x;
        }
        if (sub) {
            memcpy(&x, sub + j, sizeof x);
            s -= x;
        }
        memcpy(sums + j, &s, sizeof s);
        if (out) {
            s = s / vc;
            memcpy(out + j, &s, sizeof s);
        }
    }
    for (; j < n; j++) {
        float s = sums[j];
        if (add)
            s += add[j];
        if (sub)
            s -= sub[j];
        sums[j] = s;
        if (out)
            out[j] = s / c;
    }
}

/* Consumes the row already written to colbox_slot(cb, cb->pushed); writes
 * an output row to out when colbox_next_output() said so. */
static void K(colbox_push)(colbox *cb, float *out)
{
    const float *row = colbox_slot(cb, cb->pushed);
    int oi = colbox_next_output(cb);
    cb->pushed++;
    if (oi < 0) {
        cb->count++;
        K(colbox_step)(cb->sums, row, NULL, NULL, cb->ncols, cb->count);
        return;
    }
    const float *sub = NULL;
    if (oi >= cb->g.p2)
        sub = colbox_slot(cb, oi - cb->g.p2);
    else
        cb->count++;
    K(colbox_step)(cb->sums, row, sub, out, cb->ncols, cb->count);
    cb->emitted++;
}

/* After the last push: one trailing output (window shrinking). */
static void K(colbox_drain)(colbox *cb, float *out)
{
    int oi = cb->emitted;
    cb->count--;
    K(colbox_step)(cb->sums, NULL, colbox_slot(cb, oi - cb->g.p2), out, cb->ncols, cb->count);
    cb->emitted++;
}

/* Stages 3 and 4 for one block of column-box outputs (bblk, b_rows rows):
 * the second row box at the sampled columns, then the second column box. */
static void K(flush_block)(stream_state *st)
{
    const float *rows[BLOCK];
    float sampled[BLOCK][64], row64[64];
    for (int r = 0; r < BLOCK; r++)
        rows[r] = st->bblk + (size_t)(r < st->b_rows ? r : 0) * st->w;
    float *T1 = st->T + (size_t)LANES * st->w;
    K(transpose_in)(rows, st->w, st->T);
    K(transpose_in)(rows + LANES, st->w, T1);
    K(rowbox_T)(st->T, T1, st->grow, NULL, NULL, st->ci64, sampled);
    for (int r = 0; r < st->b_rows; r++) {
        memcpy(colbox_slot(&st->cb2, st->cb2.pushed), sampled[r], sizeof row64);
        int o2 = colbox_next_output(&st->cb2);
        K(colbox_push)(&st->cb2, row64);
        for (; o2 >= 0 && st->next64 < 64 && st->ri64[st->next64] == o2; st->next64++)
            memcpy(st->a[st->next64], row64, sizeof row64);
    }
    st->b_rows = 0;
}

/* 0, or SG_EDECODE when a pulled source failed (nothing more is read). */
static int K(run_stream)(stream_state *st, const luma_src *src)
{
    int w = st->w, h = st->h;
    const float *rows[BLOCK];
    float *outs[BLOCK];
    for (int y0 = 0; y0 < h; y0 += BLOCK) {
        int n = h - y0 < BLOCK ? h - y0 : BLOCK;
        /* Stage 1: luma rows, the first row box, into the ring of cb1. */
        for (int r = 0; r < BLOCK; r++) {
            if (r < n && !K(luma_row)(src, y0 + r, st->lumablk + (size_t)r * w))
                return SG_EDECODE;
            rows[r] = st->lumablk + (size_t)(r < n ? r : 0) * w;
            outs[r] = r < n ? colbox_slot(&st->cb1, y0 + r) : st->scratch;
        }
        float *T1 = st->T + (size_t)LANES * w, *T21 = st->T2 + (size_t)LANES * w;
        K(transpose_in)(rows, w, st->T);
        K(transpose_in)(rows + LANES, w, T1);
        K(rowbox_T)(st->T, T1, st->grow, st->T2, T21, NULL, NULL);
        K(transpose_out)(st->T2, w, outs);
        K(transpose_out)(T21, w, outs + LANES);
        /* Stage 2: push the new rows through the first column box. */
        for (int r = 0; r < n; r++) {
            int oi = colbox_next_output(&st->cb1);
            K(colbox_push)(&st->cb1, oi >= 0 ? st->bblk + (size_t)st->b_rows * w : NULL);
            if (oi >= 0 && ++st->b_rows == BLOCK)
                K(flush_block)(st);
        }
    }
    while (colbox_drain_index(&st->cb1) >= 0) {
        K(colbox_drain)(&st->cb1, st->bblk + (size_t)st->b_rows * w);
        if (++st->b_rows == BLOCK)
            K(flush_block)(st);
    }
    if (st->b_rows)
        K(flush_block)(st);
    float row64[64];
    while (colbox_drain_index(&st->cb2) >= 0) {
        int o2 = colbox_drain_index(&st->cb2);
        K(colbox_drain)(&st->cb2, row64);
        for (; st->next64 < 64 && st->ri64[st->next64] == o2; st->next64++)
            memcpy(st->a[st->next64], row64, sizeof row64);
    }
    return 0;
}

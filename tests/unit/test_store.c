/* test_store.c — unit tests of the daemon's store (SQLite), bounded
 * context and request-body parsing; the daemon sources are compiled in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "daemon/body.c"
#include "daemon/context.c"
#include "daemon/store_sqlite.c"

static char *tmpdir(void)
{
    char tmpl[] = "/tmp/sg-test-store.XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

static void rmrf(const char *d)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
}

static sg__store *open_store(const char *dir)
{
    sg__store *s = NULL;
    char err[256] = "";
    assert_int_equal(sg__store_sqlite_open(dir, false, &s, err, sizeof err), 0);
    return s;
}

static sg__alert_rec rec(const char *engine_id, bool update, const char *user, int sev)
{
    sg__alert_rec a = {
        .engine_id = engine_id,
        .type = SG_ALERT_GROOMING,
        .severity = sev,
        .update = update,
        .stream = "st-1",
        .user = user,
        .ts = 1000,
        .opened_ts = 1000,
        .tactics = 1u << SG_T_GIFT_OFFER,
        .risk = 0.8,
        .events_json = "[\"m1\"]",
        .users_json = "[]",
        .streams_json = "[]",
        .summary = "s",
    };
    return a;
}

static void put(sg__store *s, const sg__alert_rec *a, sg__buf *out)
{
    sg__buf_reset(out);
    assert_int_equal(s->ops->begin(s), 0);
    assert_int_equal(s->ops->alert_put(s, a, 5000, out), 0);
    assert_int_equal(s->ops->commit(s), 0);
}

static void test_migrations_and_newer_schema_refused(void **state)
{
    (void)state;
    char *dir = tmpdir(), path[512], err[256] = "";
    sg__store *s = open_store(dir);
    s->ops->close(s);
    s = open_store(dir); /* reopening an up-to-date database is a no-op */
    s->ops->close(s);
    snprintf(path, sizeof path, "%s/streamguard.db", dir);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    s = NULL;
    assert_int_equal(sg__store_sqlite_open(dir, false, &s, err, sizeof err), SG_ESTORE);
    assert_non_null(strstr(err, "newer"));
    rmrf(dir);
    free(dir);
}

/* Regression: engine ids restart after a crash; an update must go to the
 * newest stored alert with that engine id, an open must never merge. */
static void test_engine_id_reuse_after_restart(void **state)
{
    (void)state;
    char *dir = tmpdir();
    sg__store *s = open_store(dir);
    sg__buf out;
    sg__buf_init(&out, 1 << 20);
    sg__alert_rec a = rec("al-1", false, "u1", SG_SEV_HIGH);
    put(s, &a, &out);
    assert_non_null(strstr(out.data, "\"id\":\"a-1\""));
    a.update = true;
    put(s, &a, &out);
    assert_non_null(strstr(out.data, "\"id\":\"a-1\""));
    assert_non_null(strstr(out.data, "\"version\":2"));
    sg__alert_rec b = rec("al-1", false, "u2", SG_SEV_LOW); /* reused id, new alert */
    put(s, &b, &out);
    assert_non_null(strstr(out.data, "\"id\":\"a-2\""));
    b.update = true;
    put(s, &b, &out);
    assert_non_null(strstr(out.data, "\"id\":\"a-2\""));
    assert_non_null(strstr(out.data, "\"version\":2"));
    sg__buf_free(&out);
    s->ops->close(s);
    rmrf(dir);
    free(dir);
}

static void test_labels_filters_pagination(void **state)
{
    (void)state;
    char *dir = tmpdir(), id[16];
    sg__store *s = open_store(dir);
    sg__buf out;
    sg__buf_init(&out, 1 << 22);
    for (int i = 0; i < 7; i++) {
        snprintf(id, sizeof id, "al-%d", i + 1);
        sg__alert_rec a = rec(id, false, i % 2 ? "odd" : "even", i % 4);
        put(s, &a, &out);
    }
    assert_int_equal(s->ops->begin(s), 0);
    sg__buf_reset(&out);
    assert_int_equal(s->ops->label_add(s, "a-3", "dismissed", "benign", "t-1", 6000, &out), 0);
    assert_non_null(strstr(out.data, "\"status\":\"dismissed\""));
    assert_int_equal(s->ops->label_add(s, "a-99", "confirmed", "", "t-1", 6000, NULL),
                     SG_ENOTFOUND);
    assert_int_equal(s->ops->commit(s), 0);

    sg__alert_filter f = {
        .type = -1, .severity = -1, .min_severity = -1, .status = "open", .limit = 50
    };
    sg__buf_reset(&out);
    assert_int_equal(s->ops->alert_list(s, &f, &out), 0);
    assert_null(strstr(out.data, "\"id\":\"a-3\""));
    f.status = NULL;
    f.user = "odd";
    sg__buf_reset(&out);
    assert_int_equal(s->ops->alert_list(s, &f, &out), 0);
    assert_null(strstr(out.data, "\"user\":\"even\""));

    /* severity order across pages of 2: every alert once, non-increasing */
    f.user = NULL;
    f.sort = 2;
    f.limit = 2;
    char cursor[64] = "";
    int seen = 0, last_sev = 99;
    for (int page = 0; page < 10; page++) {
        f.cursor = cursor[0] ? cursor : NULL;
        sg__buf_reset(&out);
        assert_int_equal(s->ops->alert_list(s, &f, &out), 0);
        for (const char *p = out.data; (p = strstr(p, "\"severity\":\"")); p++) {
            int sev = -1;
            for (int k = 0; k < 4; k++)
                if (!strncmp(p + 12, sg_severity_name((sg_severity)k),
                             strlen(sg_severity_name((sg_severity)k))))
                    sev = k;
            assert_true(sev <= last_sev);
            last_sev = sev;
            seen++;
        }
        const char *nc = strstr(out.data, "\"next_cursor\":\"");
        if (!nc)
            break;
        nc += 15;
        size_t n = strcspn(nc, "\"");
        memcpy(cursor, nc, n);
        cursor[n] = 0;
    }
    assert_int_equal(seen, 7);
    f.cursor = "garbage";
    assert_int_equal(s->ops->alert_list(s, &f, &out), SG_EINVAL);
    sg__buf_free(&out);
    s->ops->close(s);
    rmrf(dir);
    free(dir);
}

static void test_audit_chain_detects_tampering(void **state)
{
    (void)state;
    char *dir = tmpdir(), path[512];
    sg__store *s = open_store(dir);
    bool ok;
    int64_t n;
    assert_int_equal(s->ops->begin(s), 0);
    assert_int_equal(s->ops->audit_append(s, "t-1", "view_alert", "a-1", "", 1), 0);
    assert_int_equal(s->ops->audit_append(s, "t-1", "resolve_alert", "a-1", "confirmed", 2), 0);
    assert_int_equal(s->ops->audit_append(s, "t-2", "view_alert", "a-2", "", 3), 0);
    assert_int_equal(s->ops->commit(s), 0);
    assert_int_equal(s->ops->audit_verify(s, &ok, &n), 0);
    assert_true(ok);
    assert_int_equal(n, 3);
    s->ops->close(s);

    snprintf(path, sizeof path, "%s/streamguard.db", dir);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    /* the triggers refuse edits... */
    assert_int_not_equal(
        sqlite3_exec(db, "UPDATE audit SET detail='dismissed' WHERE seq=2", NULL, NULL, NULL),
        SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit WHERE seq=2", NULL, NULL, NULL),
                         SQLITE_OK);
    /* ...and an edit behind their back breaks the chain */
    assert_int_equal(
        sqlite3_exec(
            db, "DROP TRIGGER audit_no_update; UPDATE audit SET detail='dismissed' WHERE seq=2",
            NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(db);
    s = open_store(dir);
    assert_int_equal(s->ops->audit_verify(s, &ok, &n), 0);
    assert_false(ok);
    assert_int_equal(n, 1);
    s->ops->close(s);
    rmrf(dir);
    free(dir);
}

static void test_retention_purges_messages_only(void **state)
{
    (void)state;
    char *dir = tmpdir();
    sg__store *s = open_store(dir);
    sg__buf out;
    sg__buf_init(&out, 1 << 20);
    sg__msg m = { .event = "m1",
                  .type = SG_EV_CHAT,
                  .stream = "st-1",
                  .user = "u1",
                  .ts = 1,
                  .text = "take your hoodie off",
                  .flagged = true,
                  .evidence_json = "[]" };
    sg__alert_rec a = rec("al-1", false, "u1", SG_SEV_HIGH);
    a.msgs = &m;
    a.nmsgs = 1;
    put(s, &a, &out); /* stored_at = 5000 */
    sg__buf_reset(&out);
    assert_int_equal(s->ops->alert_get(s, "a-1", &out), 0);
    assert_non_null(strstr(out.data, "hoodie"));
    int64_t deleted = -1;
    assert_int_equal(s->ops->begin(s), 0);
    assert_int_equal(s->ops->purge(s, 5001, &deleted), 0);
    assert_int_equal(s->ops->commit(s), 0);
    assert_int_equal(deleted, 1);
    sg__buf_reset(&out);
    assert_int_equal(s->ops->alert_get(s, "a-1", &out), 0);
    assert_null(strstr(out.data, "hoodie"));
    assert_non_null(strstr(out.data, "\"id\":\"a-1\""));
    sg__buf_free(&out);
    s->ops->close(s);
    rmrf(dir);
    free(dir);
}

static void chat(sg__ctx *c, int i, const char *user, bool flagged)
{
    char id[32], text[64];
    snprintf(id, sizeof id, "m%d", i);
    snprintf(text, sizeof text, "line %d", i);
    sg_event ev = { .type = SG_EV_CHAT,
                    .ts = i,
                    .stream = "st-1",
                    .id = id,
                    .user = user,
                    .text = text,
                    .text_len = strlen(text) };
    sg_evidence e = { .tactic = SG_T_DARE, .rule = "r", .start = 0, .end = 4 };
    sg_decision d = { .event = id,
                      .stream = "st-1",
                      .user = user,
                      .ts = i,
                      .tactics = flagged ? 1u << SG_T_DARE : 0,
                      .evidence = flagged ? &e : NULL,
                      .nevidence = flagged ? 1 : 0 };
    assert_int_equal(sg__ctx_add(c, &ev, &d), 0);
}

static void test_context_bounded_and_checkpointed(void **state)
{
    (void)state;
    sg__ctx *c, *c2;
    sg__ctx_msg *out[64];
    const char *streams[] = { "st-1" };
    const char *events[] = { "m500", "m10" };
    assert_int_equal(sg__ctx_new(4, 16, &c), 0);
    for (int i = 1; i <= 1000; i++)
        chat(c, i, i == 500 ? "offender" : "viewer", i == 500);
    size_t n = sg__ctx_collect(c, streams, 1, events, 2, out, 64);
    /* m500 with its 2 predecessors + the 3 last lines; m10 long gone */
    assert_int_equal(n, 6);
    assert_string_equal(out[0]->event, "m498");
    assert_string_equal(out[2]->event, "m500");
    assert_true(out[2]->flagged);
    assert_string_equal(out[5]->event, "m1000");
    for (size_t i = 0; i < n; i++)
        sg__ctx_msg_unref(out[i]);
    /* LRU over streams: 10 more streams evict st-1 */
    for (int k = 0; k < 10; k++) {
        char st[16];
        snprintf(st, sizeof st, "st-x%d", k);
        sg_event ev = { .type = SG_EV_CHAT,
                        .ts = 1,
                        .stream = st,
                        .id = "m",
                        .user = "v",
                        .text = "hi",
                        .text_len = 2 };
        sg_decision d = { 0 };
        assert_int_equal(sg__ctx_add(c, &ev, &d), 0);
    }
    assert_int_equal(sg__ctx_streams(c), 4);
    /* checkpoint round trip */
    chat(c, 2000, "offender", true);
    sg__buf b;
    sg__buf_init(&b, 1 << 24);
    assert_int_equal(sg__ctx_save(c, &b), 0);
    assert_int_equal(sg__ctx_new(4, 16, &c2), 0);
    assert_int_equal(sg__ctx_load(c2, b.data, b.len), 0);
    const char *ev2[] = { "m2000" };
    n = sg__ctx_collect(c2, streams, 1, ev2, 1, out, 64);
    assert_true(n >= 1);
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(out[i]->event, "m2000") && out[i]->flagged &&
            !strcmp(out[i]->text, "line 2000"))
            found = true;
        sg__ctx_msg_unref(out[i]);
    }
    assert_true(found);
    /* truncated checkpoints are refused, never crash */
    for (size_t cut = 0; cut < b.len; cut += 7) {
        sg__ctx *c3;
        assert_int_equal(sg__ctx_new(4, 16, &c3), 0);
        (void)sg__ctx_load(c3, b.data, cut);
        sg__ctx_free(c3);
    }
    sg__buf_free(&b);
    sg__ctx_free(c);
    sg__ctx_free(c2);
}

static void test_body_parsers(void **state)
{
    (void)state;
    char outcome[16], note[64], err[128], buf[64];
    size_t n;
    const char *good = "{\"outcome\":\"escalated\",\"note\":\"a \\u00e9 \\ud83d\\ude00\"}";
    assert_int_equal(
        sg__body_resolve(good, strlen(good), outcome, note, sizeof note, err, sizeof err), 0);
    assert_string_equal(outcome, "escalated");
    assert_string_equal(note, "a \xc3\xa9 \xf0\x9f\x98\x80");
    assert_int_not_equal(sg__body_resolve("{\"outcome\":\"maybe\"}", 19, outcome, note, sizeof note,
                                          err, sizeof err),
                         0);
    assert_non_null(strstr(err, "confirmed"));
    assert_int_not_equal(
        sg__body_resolve("{\"note\":\"x\"}", 12, outcome, note, sizeof note, err, sizeof err), 0);
    assert_non_null(strstr(err, "outcome"));
    assert_int_not_equal(sg__body_resolve("{\"outcome\":\"confirmed\"} x", 25, outcome, note,
                                          sizeof note, err, sizeof err),
                         0);
    assert_int_not_equal(sg__json_unescape("\\ud83d", 6, buf, sizeof buf, &n),
                         0); /* lone surrogate */
    assert_int_not_equal(sg__json_unescape("\xc0\xaf", 2, buf, sizeof buf, &n), 0); /* overlong */
    assert_int_not_equal(sg__json_unescape("\\u0000", 6, buf, sizeof buf, &n), 0);  /* NUL */
    assert_int_equal(sg__body_count_lines("a\n\n  \r\nb\r\nc", 11), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_migrations_and_newer_schema_refused),
        cmocka_unit_test(test_engine_id_reuse_after_restart),
        cmocka_unit_test(test_labels_filters_pagination),
        cmocka_unit_test(test_audit_chain_detects_tampering),
        cmocka_unit_test(test_retention_purges_messages_only),
        cmocka_unit_test(test_context_bounded_and_checkpointed),
        cmocka_unit_test(test_body_parsers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

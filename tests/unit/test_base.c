/* test_base.c - buffers, CSV/JSON field escaping, errors, the hash. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vocal/buf.h"
#include "vocal/status.h"

Test(buf, grows_and_stays_terminated)
{
    vc_buf b = VC_BUF_INIT;
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(vc_buf_append(&b, "abc", 3), VC_OK);
    cr_assert_eq(b.len, 3000);
    cr_assert_eq(b.data[3000], 0);
    cr_assert_eq(memcmp(b.data + 2997, "abc", 3), 0);
    vc_buf_reset(&b);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(b.data, "");
    vc_buf_free(&b);
    vc_buf_free(&b); /* idempotent */
    cr_assert_null(b.data);
}

Test(buf, printf_crosses_small_buffer)
{
    vc_buf b = VC_BUF_INIT;
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    vc_buf_printf(&b, "[%s]%d", big, 42);
    cr_assert_eq(b.len, 599 + 4);
    cr_assert_eq(b.data[0], '[');
    cr_assert_str_eq(b.data + 600, "]42");
    vc_buf_free(&b);
}

typedef struct csv_case {
    char in[32];
    int neutralize;
    char out[32];
} csv_case; /* inline arrays: parameters are copied into Criterion's worker */

ParameterizedTestParameters(buf, csv_field)
{
    static csv_case cases[] = {
        {"plain", 1, "plain"},
        {"a,b", 1, "\"a,b\""},
        {"say \"hi\"", 1, "\"say \"\"hi\"\"\""},
        {"line\nbreak", 1, "\"line\nbreak\""},
        {"=SUM(A1)", 1, "\"'=SUM(A1)\""},
        {"+1", 1, "\"'+1\""},
        {"-5", 1, "\"'-5\""},
        {"@cmd", 1, "\"'@cmd\""},
        {"=SUM(A1)", 0, "=SUM(A1)"},
        {" padded ", 1, "\" padded \""},
        {"", 1, ""},
    };
    return cr_make_param_array(csv_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(csv_case *c, buf, csv_field)
{
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_buf_csv_field(&b, c->in, strlen(c->in), c->neutralize), VC_OK);
    cr_assert_str_eq(b.data ? b.data : "", c->out, "input %s", c->in);
    vc_buf_free(&b);
}

Test(buf, json_string_escapes)
{
    vc_buf b = VC_BUF_INIT;
    const char in[] = "a\"b\\c\n\t\x01z";
    vc_buf_json_string(&b, in, sizeof in - 1);
    cr_assert_str_eq(b.data, "\"a\\\"b\\\\c\\n\\t\\u0001z\"");
    vc_buf_free(&b);
}

/* After a failed write the buffer keeps the error and ignores later
 * writes, so a writer checks vc_buf_status() once; reset clears it. */
Test(buf, error_is_sticky_until_reset)
{
    vc_buf b = VC_BUF_INIT;
    cr_assert_eq(vc_buf_append_str(&b, "ab"), VC_OK);
    cr_assert_eq(vc_buf_status(&b), VC_OK);
    cr_assert_eq(vc_buf_reserve(&b, SIZE_MAX), VC_ERR_NOMEM);
    cr_assert_eq(vc_buf_status(&b), VC_ERR_NOMEM);
    cr_assert_eq(b.cap, 0, "a buffer in error reports no room to inline writers");
    cr_assert_eq(vc_buf_append_char(&b, 'c'), VC_ERR_NOMEM);
    cr_assert_eq(vc_buf_append_str(&b, "de"), VC_ERR_NOMEM);
    cr_assert_eq(vc_buf_printf(&b, "%d", 42), VC_ERR_NOMEM);
    cr_assert_eq(vc_buf_json_string(&b, "x", 1), VC_ERR_NOMEM);
    cr_assert_eq(vc_buf_csv_field(&b, "x", 1, 0), VC_ERR_NOMEM);
    cr_assert_eq(b.len, 2);
    cr_assert_str_eq(b.data, "ab");
    vc_buf_reset(&b);
    cr_assert_eq(vc_buf_status(&b), VC_OK);
    cr_assert_eq(vc_buf_append_str(&b, "ok"), VC_OK);
    cr_assert_str_eq(b.data, "ok");
    vc_buf_free(&b);
    cr_assert_eq(vc_buf_status(&b), VC_OK);
}

Test(status, error_messages_say_where)
{
    vc_error e;
    vc_error_clear(&e);
    cr_assert_eq(e.status, VC_OK);
    cr_assert_str_eq(e.msg, "");
    cr_assert_eq(vc_error_set(&e, VC_ERR_DATA, "%s:%d: bad", "f.csv", 7), VC_ERR_DATA);
    cr_assert_str_eq(e.msg, "f.csv:7: bad");
    cr_assert_eq(vc_error_set(NULL, VC_ERR_IO, "x"), VC_ERR_IO);
    for (int s = 0; s >= -9; s--)
        cr_assert_neq(strcmp(vc_strerror((vc_status)s), "unknown status"), 0);
}

Test(hash, stable_and_spread)
{
    cr_assert_eq(vc_hash_bytes("refund", 6), vc_hash_bytes("refund", 6));
    cr_assert_neq(vc_hash_bytes("refund", 6), vc_hash_bytes("refunf", 6));
    cr_assert_neq(vc_hash_bytes("ab", 2), vc_hash_bytes("ab\0", 3));
    /* low bits are used for table slots: 4096 keys should fill most of 4096 buckets */
    static unsigned char seen[4096];
    char key[16];
    int distinct = 0;
    for (int i = 0; i < 4096; i++) {
        int n = snprintf(key, sizeof key, "w%d", i);
        unsigned slot = (unsigned)(vc_hash_bytes(key, (size_t)n) & 4095);
        distinct += !seen[slot];
        seen[slot] = 1;
    }
    cr_assert_gt(distinct, 2400, "only %d distinct slots", distinct);
}

/* Settings files: regular files only, up to VC_SETTINGS_FILE_MAX bytes. */
Test(buf, settings_file_must_be_regular_and_bounded)
{
    vc_buf b = VC_BUF_INIT;
    vc_error e;
    cr_assert_eq(vc_buf_read_settings_file(&b, "/dev/zero", &e), VC_ERR_IO);
    cr_assert_str_eq(e.msg, "/dev/zero: is not a regular file (a pipe or a device cannot be read as one)");
    cr_assert_eq(vc_buf_read_settings_file(&b, "/", &e), VC_ERR_IO);
    cr_assert_str_eq(e.msg, "/: is a directory");
    char path[] = "/tmp/vocal_settings_XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, "a\tb\n", 4), 4);
    cr_assert_eq(vc_buf_read_settings_file(&b, path, &e), VC_OK);
    cr_assert_eq(b.len, 4);
    cr_assert_eq(ftruncate(fd, (off_t)VC_SETTINGS_FILE_MAX + 1), 0);
    vc_buf_reset(&b);
    cr_assert_eq(vc_buf_read_settings_file(&b, path, &e), VC_ERR_IO);
    cr_assert(strstr(e.msg, "larger than 64 MiB") != NULL);
    close(fd);
    unlink(path);
    vc_buf_free(&b);
}

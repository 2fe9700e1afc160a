/*
 * output.c - complete-or-nothing output files, signals and error messages.
 *
 * A report users feed to leadership must never be half written: outputs go
 * to "PATH.tmp-XXXXXX" in the target's directory and are renamed over the
 * target only after every byte was flushed and closed without error. Write
 * errors (a full disk, a closed pipe) are reported with the path and errno.
 * SIGPIPE is ignored so that a closed pipe is an EPIPE write error with a
 * message, not a silent death.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "vocal/sentiment.h"

volatile sig_atomic_t vc_cli_stop = 0;

static void on_signal(int sig)
{
    (void)sig;
    vc_cli_stop = 1;
}

void vc_cli_install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

void vc_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("vocal: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int vc_out_open(vc_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->direct = 1;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o->fp = fopen(path, "w");
        if (!o->fp) {
            vc_cli_error("%s: %s", path, strerror(errno));
            return -1;
        }
        o->direct = 1;
        return 0;
    }
    size_t n = strlen(path) + 16;
    o->tmp = malloc(n);
    if (!o->tmp) {
        vc_cli_error("out of memory");
        return -1;
    }
    snprintf(o->tmp, n, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        vc_cli_error("%s: cannot create output: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    fchmod(fd, 0644);
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        vc_cli_error("%s: %s", path, strerror(errno));
        close(fd);
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    return 0;
}

int vc_out_write_buf(vc_outfile *o, const vc_buf *b)
{
    if (b->len && fwrite(b->data, 1, b->len, o->fp) != b->len) {
        vc_cli_error("%s: write failed: %s", o->path, strerror(errno));
        return -1;
    }
    return 0;
}

int vc_out_commit(vc_outfile *o)
{
    if (!o->fp)
        return 0;
    int bad = fflush(o->fp) != 0 || ferror(o->fp);
    int err = errno;
    if (o->fp != stdout) {
        if (fclose(o->fp) != 0 && !bad) {
            bad = 1;
            err = errno;
        }
    }
    o->fp = NULL;
    if (bad) {
        vc_cli_error("%s: write failed: %s", strcmp(o->path, "-") ? o->path : "standard output",
                     strerror(err));
        if (o->tmp) {
            unlink(o->tmp);
            free(o->tmp);
            o->tmp = NULL;
        }
        return -1;
    }
    if (o->tmp) {
        if (rename(o->tmp, o->path) != 0) {
            vc_cli_error("%s: %s", o->path, strerror(errno));
            unlink(o->tmp);
            free(o->tmp);
            o->tmp = NULL;
            return -1;
        }
        free(o->tmp);
        o->tmp = NULL;
    }
    return 0;
}

void vc_out_abort(vc_outfile *o)
{
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    o->fp = NULL;
    if (o->tmp) {
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
}

static void print_warning(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "vocal: warning: %s\n", msg);
}

vc_status vc_cli_load_lexicon(const char *path, vc_lexicon **out, vc_error *err)
{
    vc_lexicon_options o = {.warn = print_warning};
    return path ? vc_lexicon_load_file(path, &o, out, err) : vc_lexicon_load_default(out, err);
}

vc_status vc_cli_load_sentiment(const char *path, const char *overlay, vc_sentiment_lexicon **out, vc_error *err)
{
    vc_status st = path ? vc_sentiment_lexicon_load_file(path, out, err) : vc_sentiment_lexicon_load_default(out, err);
    if (!st && overlay)
        st = vc_sentiment_lexicon_overlay_file(*out, overlay, err);
    return st;
}

int vc_cli_write_output(const char *path, const vc_buf *b)
{
    vc_outfile out;
    if (vc_out_open(&out, path))
        return -1;
    if (vc_out_write_buf(&out, b) == 0 && vc_out_commit(&out) == 0)
        return 0;
    vc_out_abort(&out);
    return -1;
}

int vc_cli_parse_count(const char *flag, const char *arg, unsigned long max, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(arg, &end, 10);
    if (errno || end == arg || *end || arg[0] == '-' || v > max) {
        vc_cli_error("%s: expected a whole number from 0 to %lu, got '%s'", flag, max, arg);
        return -1;
    }
    *out = v;
    return 0;
}

int vc_cli_report_format(const char *arg)
{
    if (strcmp(arg, "text") == 0)
        return VC_REPORT_TEXT;
    if (strcmp(arg, "csv") == 0)
        return VC_REPORT_CSV;
    if (strcmp(arg, "json") == 0)
        return VC_REPORT_JSON;
    vc_cli_error("--output-format: expected text, csv or json, got '%s'", arg);
    return -1;
}

int vc_cli_parse_period(const char *flag, char *arg, const char **col, vc_period_unit *unit)
{
    char *colon = strrchr(arg, ':');
    *unit = VC_PERIOD_MONTH;
    if (colon) {
        if (vc_period_unit_parse(colon + 1, unit)) {
            vc_cli_error("%s: expected COL or COL:day|week|month|quarter, got '%s'", flag, arg);
            return -1;
        }
        *colon = 0;
    }
    if (!arg[0]) {
        vc_cli_error("%s: expected a column name, got '%s'", flag, arg);
        return -1;
    }
    *col = arg;
    return 0;
}

int vc_cli_parse_date_order(const char *arg, vc_date_order *out)
{
    if (strcmp(arg, "mdy") == 0)
        *out = VC_DATE_MDY;
    else if (strcmp(arg, "dmy") == 0)
        *out = VC_DATE_DMY;
    else {
        vc_cli_error("--date-order: expected mdy or dmy, got '%s'", arg);
        return -1;
    }
    return 0;
}

int vc_cli_parse_compare(char *arg, const char **from, const char **to)
{
    char *dots = strstr(arg, "..");
    if (!dots || dots == arg || !dots[2]) {
        vc_cli_error("--compare: expected FROM..TO (e.g. 2026-06..2026-07), got '%s'", arg);
        return -1;
    }
    *dots = 0;
    *from = arg;
    *to = dots + 2;
    return 0;
}

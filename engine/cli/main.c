/*
 * main.c - `vocal COMMAND [OPTIONS]`: the command table and its dispatch.
 *
 * COMMANDS is the one list of commands: main() looks a command up in it,
 * `vocal --help` prints its names and summaries in table order, and
 * `vocal help COMMAND` runs the command with --help. Adding a command is one
 * row here and a vc_cmd_* function in its own cmd_*.c.
 *
 * Exit codes are the same for every command: 0 success, 1 data or runtime
 * failure, 2 usage error, 128 + the signal when SIGINT (130), SIGTERM (143)
 * or SIGHUP (129) interrupted it (vc_cli_exit_code): whatever a command
 * returns after a signal came, the exit code says it was interrupted.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "vocal/version.h"

int vc_cli_exit_code(vc_status st, vc_cli_stage stage)
{
    switch (st) {
    case VC_OK: return EXIT_OK;
    case VC_ERR_USAGE: return EXIT_USAGE;
    case VC_ERR_IO: return stage == VC_CLI_SETUP ? EXIT_USAGE : EXIT_FAIL;
    case VC_ERR_INTERRUPTED: return vc_cli_interrupted_code();
    default: return EXIT_FAIL;
    }
}

void vc_cli_warn_lines(const vc_buf *lines)
{
    if (vc_buf_status(lines))
        return;
    for (size_t i = 0; i < lines->len;) {
        const char *nl = memchr(lines->data + i, '\n', lines->len - i);
        size_t n = nl ? (size_t)(nl - (lines->data + i)) : lines->len - i;
        fprintf(stderr, "vocal: warning: %.*s\n", (int)n, lines->data + i);
        i += n + 1;
    }
}

static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
    const char *summary;               /* one line of `vocal --help` */
} command;

static const command COMMANDS[] = {
    {"scan", vc_cmd_scan, "count themes by segment and score group in CSV/TSV/JSONL (compressed or plain)"},
    {"sentiment", vc_cmd_sentiment, "VADER sentiment scores (neg, neu, pos, compound) of texts"},
    {"language", vc_cmd_language, "the language of texts (CLD2), or identification against labels (--eval)"},
    {"report", vc_cmd_report, "the monthly review as self-contained HTML or Markdown"},
    {"merge", vc_cmd_merge, "combine partial results (scan --partial) into the outputs of one run"},
    {"explain", vc_cmd_explain, "why a comment mentions its themes: entries, spans, exclusions, sentiment"},
    {"discover", vc_cmd_discover, "what the lexicon misses: terms one group of comments uses unusually often"},
    {"learn", vc_cmd_learn, "train a theme model from the lexicon's own matches (`vocal learn --help`)"},
    {"lexicon", vc_cmd_lexicon, "lint, convert, evaluate and diff theme lexicons (`vocal lexicon --help`)"},
    {"version", cmd_version, "print the version"},
    {"help", cmd_help, "show this help, or `vocal help COMMAND`"},
};
enum { NCOMMANDS = sizeof COMMANDS / sizeof COMMANDS[0] };

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(COMMANDS[i].name, name) == 0)
            return &COMMANDS[i];
    return NULL;
}

static void usage(FILE *fp)
{
    fputs("usage: vocal COMMAND [OPTIONS] [ARGS]\n"
          "\n"
          "Theme, NPS and sentiment analysis of customer feedback exports.\n"
          "\n"
          "Commands:\n",
          fp);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(fp, "  %-11s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fputs("\n"
          "Run `vocal COMMAND --help` for the options of a command.\n"
          "Exit codes: 0 success, 1 data or runtime failure, 2 usage error,\n"
          "128 + the signal when interrupted (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).\n",
          fp);
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("vocal %s\n", vc_version());
    return EXIT_OK;
}

/* `vocal help COMMAND` is `vocal COMMAND --help`; `help` and `version` have
 * no options, so for them (and unknown names) it is the general usage. */
static int cmd_help(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[0], "help") == 0) {
        const command *c = find_command(argv[1]);
        if (c && c->run != cmd_help && c->run != cmd_version) {
            char *args[] = {argv[1], "--help", NULL};
            return c->run(2, args);
        }
    }
    usage(stdout);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
        name = "help";
    else if (strcmp(name, "--version") == 0)
        name = "version";
    const command *c = find_command(name);
    if (!c) {
        vc_cli_error("unknown command '%s'; run `vocal --help`", argv[1]);
        return EXIT_USAGE;
    }
    vc_cli_catch_signals();
    int rc = c->run(argc - 1, argv + 1);
    return vc_cli_stop ? vc_cli_interrupted_code() : rc;
}

/*
 * main.c - `vocal COMMAND [OPTIONS]`: dispatch to a subcommand.
 *
 * Exit codes are the same for every command: 0 success, 1 data or runtime
 * failure, 2 usage error, 130 interrupted.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "vocal/version.h"

static const char USAGE[] =
    "usage: vocal COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Theme, NPS and sentiment analysis of customer feedback exports.\n"
    "\n"
    "Commands:\n"
    "  scan        count themes by segment and score group in CSV/TSV/JSONL (gzip or plain)\n"
    "  sentiment   VADER sentiment scores (neg, neu, pos, compound) of texts\n"
    "  report      the monthly review as self-contained HTML or Markdown\n"
    "  merge       combine partial results (scan --partial) into the outputs of one run\n"
    "  explain     why a comment mentions its themes: entries, spans, exclusions, sentiment\n"
    "  lexicon     lint, convert, evaluate and diff theme lexicons (`vocal lexicon --help`)\n"
    "  version     print the version\n"
    "  help        show this help, or `vocal help COMMAND`\n"
    "\n"
    "Run `vocal COMMAND --help` for the options of a command.\n"
    "Exit codes: 0 success, 1 data or runtime failure, 2 usage error, 130 interrupted.\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        if (argc > 2 && strcmp(cmd, "help") == 0) {
            char *args[] = {argv[2], "--help", NULL};
            if (strcmp(argv[2], "scan") == 0)
                return vc_cmd_scan(2, args);
            if (strcmp(argv[2], "sentiment") == 0)
                return vc_cmd_sentiment(2, args);
            if (strcmp(argv[2], "report") == 0)
                return vc_cmd_report(2, args);
            if (strcmp(argv[2], "merge") == 0)
                return vc_cmd_merge(2, args);
            if (strcmp(argv[2], "discover") == 0)
                return vc_cmd_discover(2, args);
            if (strcmp(argv[2], "explain") == 0)
                return vc_cmd_explain(2, args);
            if (strcmp(argv[2], "lexicon") == 0)
                return vc_cmd_lexicon(2, args);
        }
        fputs(USAGE, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("vocal %s\n", vc_version());
        return EXIT_OK;
    }
    if (strcmp(cmd, "scan") == 0)
        return vc_cmd_scan(argc - 1, argv + 1);
    if (strcmp(cmd, "merge") == 0)
        return vc_cmd_merge(argc - 1, argv + 1);
    if (strcmp(cmd, "sentiment") == 0)
        return vc_cmd_sentiment(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0)
        return vc_cmd_report(argc - 1, argv + 1);
    if (strcmp(cmd, "explain") == 0)
        return vc_cmd_explain(argc - 1, argv + 1);
    if (strcmp(cmd, "discover") == 0)
        return vc_cmd_discover(argc - 1, argv + 1);
    if (strcmp(cmd, "lexicon") == 0)
        return vc_cmd_lexicon(argc - 1, argv + 1);
    vc_cli_error("unknown command '%s'; run `vocal --help`", cmd);
    return EXIT_USAGE;
}

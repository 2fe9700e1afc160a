/*
 * vocal.h - the whole public API in one include, for programs that embed
 * vocal: `#include <vocal/vocal.h>` and link with
 * `pkg-config --cflags --libs libvocal`.
 *
 * A typical embedding loads a theme lexicon (lexicon.h), fills scan options
 * with vc_scan_options_init() and runs vc_scan_run() (pipeline.h), then reads
 * the counters (agg.h) or writes the theme table (report.h). Each header
 * below says who owns what it returns.
 */
#ifndef VOCAL_VOCAL_H
#define VOCAL_VOCAL_H

#include "vocal/version.h"
#include "vocal/status.h"
#include "vocal/buf.h"
#include "vocal/wire.h"
#include "vocal/table_sink.h"
#include "vocal/stream.h"
#include "vocal/transcode.h"
#include "vocal/record.h"
#include "vocal/feed.h"
#include "vocal/header.h"
#include "vocal/text.h"
#include "vocal/language.h"
#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/sentiment.h"
#include "vocal/lint.h"
#include "vocal/agg.h"
#include "vocal/period.h"
#include "vocal/keyness.h"
#include "vocal/analyze.h"
#include "vocal/quotes.h"
#include "vocal/pipeline.h"
#include "vocal/rows.h"
#include "vocal/discover.h"
#include "vocal/expand.h"
#include "vocal/stopwords.h"
#include "vocal/example.h"
#include "vocal/eval.h"
#include "vocal/coverage.h"
#include "vocal/lexdiff.h"
#include "vocal/lexlist.h"
#include "vocal/sentiment_eval.h"
#include "vocal/language_eval.h"
#include "vocal/partial.h"
#include "vocal/model.h"
#include "vocal/learn.h"
#include "vocal/report.h"
#include "vocal/run_out.h"
#include "vocal/explain.h"
#include "vocal/scan_result.h"
#include "vocal/lab_report.h"

#endif

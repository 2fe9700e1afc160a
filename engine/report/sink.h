/*
 * sink.h - the row sinks behind every table writer of the report layer
 * (private to it): the base layer's table sink (vocal/table_sink.h) under
 * the short name the writers use.
 */
#ifndef VOCAL_REPORT_SINK_H
#define VOCAL_REPORT_SINK_H

#include "vocal/report.h"
#include "vocal/table_sink.h"

typedef vc_sink sink;

#endif

/*
 * period.h - dates in survey exports, turned into reporting periods.
 *
 * Accepted dates (time of day and time zone after the date are ignored):
 *   2026-07-18, 2026/07/18, 2026.07.18, 20260718, 2026-07-18T10:22:33Z,
 *   2026-07-18 10:22:33;
 *   18/07/2026 and 07/18/2026 (also with '-' or '.'): the order is clear
 *   when one part is over 12; when both are 12 or less the date is
 *   ambiguous unless the caller gives the order (VC_DATE_DMY/MDY);
 *   18 Jul 2026, 18-Jul-2026, Jul 18, 2026, July 18 2026 (English names).
 * Two-digit years are refused: the century would be a guess.
 *
 * Labels sort in time order as bytes: day 2026-07-18, ISO week 2026-W29,
 * month 2026-07, quarter 2026-Q3.
 */
#ifndef VOCAL_PERIOD_H
#define VOCAL_PERIOD_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_period_unit {
    VC_PERIOD_DAY = 0,
    VC_PERIOD_WEEK = 1,
    VC_PERIOD_MONTH = 2,
    VC_PERIOD_QUARTER = 3
} vc_period_unit;

typedef enum vc_date_order { VC_DATE_AUTO = 0, VC_DATE_MDY = 1, VC_DATE_DMY = 2 } vc_date_order;

enum { VC_DATE_OK = 0, VC_DATE_INVALID = -1, VC_DATE_AMBIGUOUS = -2 };

#define VC_PERIOD_LABEL_MAX 16

/* "day", "week", "month", "quarter" -> 0; else -1. */
int vc_period_unit_parse(const char *name, vc_period_unit *out);
const char *vc_period_unit_name(vc_period_unit unit);

/* Parse a date; VC_DATE_OK with *y, *m, *d set, or VC_DATE_INVALID /
 * VC_DATE_AMBIGUOUS. */
int vc_date_parse(const char *s, size_t n, vc_date_order order, int *y, int *m, int *d);

/* The period label of a date (out: at least VC_PERIOD_LABEL_MAX bytes);
 * returns what vc_date_parse returned. */
int vc_period_label(const char *s, size_t n, vc_period_unit unit, vc_date_order order, char *out);

/* The order a date shows by itself: VC_DATE_DMY when it is day/month/year
 * with a first part over 12 ("13/01/2026"), VC_DATE_MDY when the second
 * part is over 12 ("01/13/2026"), VC_DATE_AUTO otherwise (ISO, ambiguous,
 * month names, invalid). */
int vc_date_order_evidence(const char *s, size_t n);
/* The order a column's sampled evidence settles: the one with more dates
 * (VC_DATE_AUTO on a tie, also 0 to 0). */
vc_date_order vc_date_order_settle(uint64_t day_first, uint64_t month_first);
/* vc_period_label for a column whose order was settled: a date that shows
 * the other order by itself is VC_DATE_INVALID instead of read. */
int vc_period_label_settled(const char *s, size_t n, vc_period_unit unit, vc_date_order order, char *out);

VC_API_END

#endif

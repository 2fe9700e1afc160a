/*
 * period.c - dates to reporting periods (see period.h for what is accepted).
 *
 * A date is read as up to three parts: numbers or an English month name,
 * separated by one of "-/. ," (runs allowed, "Jul 18, 2026"). A four-digit
 * first number means year-month-day; a four-digit last number means the
 * day and month come first, in the order the values allow or the caller
 * says. Eight digits alone are YYYYMMDD. Whatever follows the date after a
 * 'T' or a space (a time, a zone) is ignored. Calendar arithmetic uses the
 * days-from-civil algorithm on the proleptic Gregorian calendar; ISO weeks
 * belong to the year of their Thursday.
 *
 * When the caller does not give the order, a column can settle it: each
 * date whose first part is over 12 says day-first, one whose second part
 * is over 12 says month-first (vc_date_order_evidence); the order with more
 * such dates in a sample wins (vc_date_order_settle), and the column's
 * dates are then read in that order, a date that says the other order
 * being invalid (vc_period_label_settled).
 */
#include <string.h>

#include "vocal/period.h"

static const char *const UNITS[] = {"day", "week", "month", "quarter"};
static const char *const MONTHS[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

int vc_period_unit_parse(const char *name, vc_period_unit *out)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(name, UNITS[i]) == 0) {
            *out = (vc_period_unit)i;
            return 0;
        }
    return -1;
}

const char *vc_period_unit_name(vc_period_unit unit) { return UNITS[unit]; }

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int year_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return (int)(yoe + era * 400 + (m <= 2));
}

typedef struct part {
    int value; /* number, or month 1..12 when named */
    int digits; /* 0 for a month name */
} part;

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* vc_date_parse, and the order a day/month/year date shows by itself in
 * *evidence (VC_DATE_DMY: first part over 12; VC_DATE_MDY: second part
 * over 12; VC_DATE_AUTO: neither, or not that form). With `strict`, a date
 * whose evidence contradicts `order` is invalid. */
static int parse_date(const char *s, size_t n, vc_date_order order, int strict, int *y, int *m, int *d,
                      int *evidence)
{
    *evidence = VC_DATE_AUTO;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    part p[3];
    int np = 0;
    while (i < n && np < 3) {
        if (s[i] >= '0' && s[i] <= '9') {
            int v = 0, k = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9' && k < 9)
                v = v * 10 + (s[i++] - '0'), k++;
            if (i < n && s[i] >= '0' && s[i] <= '9')
                return VC_DATE_INVALID;
            p[np++] = (part){v, k};
        } else if (lower((unsigned char)s[i]) >= 'a' && lower((unsigned char)s[i]) <= 'z') {
            size_t a = i;
            while (i < n && lower((unsigned char)s[i]) >= 'a' && lower((unsigned char)s[i]) <= 'z')
                i++;
            if (i - a < 3)
                return VC_DATE_INVALID;
            int mon = 0;
            for (int k = 0; k < 12 && !mon; k++)
                if (lower((unsigned char)s[a]) == MONTHS[k][0] && lower((unsigned char)s[a + 1]) == MONTHS[k][1] &&
                    lower((unsigned char)s[a + 2]) == MONTHS[k][2])
                    mon = k + 1;
            if (!mon)
                return VC_DATE_INVALID;
            p[np++] = (part){mon, 0};
        } else {
            return VC_DATE_INVALID;
        }
        if (np == 3 || i >= n)
            break;
        /* separators; after a full date, 'T' or a space starts the time */
        size_t sep = i;
        while (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.' || s[i] == ' ' || s[i] == ','))
            i++;
        if (i == sep) {
            if (np == 1 && p[0].digits == 8 && (s[i] == 'T' || s[i] == 't'))
                break;
            return VC_DATE_INVALID;
        }
    }
    /* what follows a complete date must be a time (after 'T' or a space) */
    if (i < n && np == 3 && !(s[i] == 'T' || s[i] == 't' || s[i - 1] == ' ' || s[i] == ' '))
        return VC_DATE_INVALID;
    int yy, mm, dd;
    if (np == 1 && p[0].digits == 8) {
        yy = p[0].value / 10000;
        mm = p[0].value / 100 % 100;
        dd = p[0].value % 100;
    } else if (np != 3) {
        return VC_DATE_INVALID;
    } else if (p[0].digits == 4) { /* Y M D */
        yy = p[0].value;
        mm = p[1].value;
        dd = p[2].value;
        if (p[2].digits == 0 || p[2].digits > 2 || (p[1].digits > 2))
            return VC_DATE_INVALID;
    } else if (p[2].digits == 4) {
        yy = p[2].value;
        if (p[0].digits == 0 && p[1].digits) { /* Jul 18 2026 */
            mm = p[0].value;
            dd = p[1].value;
        } else if (p[1].digits == 0 && p[0].digits) { /* 18 Jul 2026 */
            dd = p[0].value;
            mm = p[1].value;
        } else if (p[0].digits && p[1].digits && p[0].digits <= 2 && p[1].digits <= 2) {
            int a = p[0].value, b = p[1].value;
            if (a > 12 && b <= 12)
                dd = a, mm = b, *evidence = VC_DATE_DMY;
            else if (b > 12 && a <= 12)
                mm = a, dd = b, *evidence = VC_DATE_MDY;
            else if (a > 12 && b > 12)
                return VC_DATE_INVALID;
            else if (order == VC_DATE_DMY || (order == VC_DATE_AUTO && a == b))
                dd = a, mm = b;
            else if (order == VC_DATE_MDY)
                mm = a, dd = b;
            else
                return VC_DATE_AMBIGUOUS;
        } else {
            return VC_DATE_INVALID;
        }
    } else {
        return VC_DATE_INVALID; /* two-digit or missing year */
    }
    if (yy < 1900 || yy > 2999 || mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(yy, mm))
        return VC_DATE_INVALID;
    if (strict && *evidence != VC_DATE_AUTO && order != VC_DATE_AUTO && *evidence != (int)order)
        return VC_DATE_INVALID;
    *y = yy;
    *m = mm;
    *d = dd;
    return VC_DATE_OK;
}

int vc_date_parse(const char *s, size_t n, vc_date_order order, int *y, int *m, int *d)
{
    int ev;
    return parse_date(s, n, order, 0, y, m, d, &ev);
}

int vc_date_order_evidence(const char *s, size_t n)
{
    int y, m, d, ev;
    return parse_date(s, n, VC_DATE_AUTO, 0, &y, &m, &d, &ev) == VC_DATE_OK ? ev : VC_DATE_AUTO;
}

vc_date_order vc_date_order_settle(uint64_t day_first, uint64_t month_first)
{
    if (day_first > month_first)
        return VC_DATE_DMY;
    if (month_first > day_first)
        return VC_DATE_MDY;
    return VC_DATE_AUTO;
}

static void put4(char *o, int v)
{
    o[0] = (char)('0' + v / 1000 % 10);
    o[1] = (char)('0' + v / 100 % 10);
    o[2] = (char)('0' + v / 10 % 10);
    o[3] = (char)('0' + v % 10);
}

static void put2(char *o, int v)
{
    o[0] = (char)('0' + v / 10 % 10);
    o[1] = (char)('0' + v % 10);
}

static int label(const char *s, size_t n, vc_period_unit unit, vc_date_order order, int strict, char *out)
{
    int y, m, d, ev;
    int rc = parse_date(s, n, order, strict, &y, &m, &d, &ev);
    if (rc)
        return rc;
    put4(out, y);
    out[4] = '-';
    switch (unit) {
    case VC_PERIOD_DAY:
        put2(out + 5, m);
        out[7] = '-';
        put2(out + 8, d);
        out[10] = 0;
        break;
    case VC_PERIOD_MONTH:
        put2(out + 5, m);
        out[7] = 0;
        break;
    case VC_PERIOD_QUARTER:
        out[5] = 'Q';
        out[6] = (char)('1' + (m - 1) / 3);
        out[7] = 0;
        break;
    case VC_PERIOD_WEEK: {
        long dn = days_from_civil(y, m, d);
        int wd = (int)(((dn % 7) + 7 + 3) % 7); /* Monday 0; 1970-01-01 was a Thursday */
        long thursday = dn - wd + 3;
        int wy = year_from_days(thursday);
        int week = (int)((thursday - days_from_civil(wy, 1, 1)) / 7 + 1);
        put4(out, wy);
        out[5] = 'W';
        put2(out + 6, week);
        out[8] = 0;
        break;
    }
    }
    return VC_DATE_OK;
}

int vc_period_label(const char *s, size_t n, vc_period_unit unit, vc_date_order order, char *out)
{
    return label(s, n, unit, order, 0, out);
}

int vc_period_label_settled(const char *s, size_t n, vc_period_unit unit, vc_date_order order, char *out)
{
    return label(s, n, unit, order, 1, out);
}

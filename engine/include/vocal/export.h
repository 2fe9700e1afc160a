/*
 * export.h - which symbols the shared library exports.
 *
 * The engine is compiled with -fvisibility=hidden, so nothing is exported
 * unless a public header says so. Each public header wraps its declarations
 * in VC_API_BEGIN / VC_API_END: C linkage for C++ callers, and default
 * visibility for everything declared in between, in one place per header
 * rather than a macro on every declaration. VC_EXPORT marks a single
 * declaration outside such a block. Internal headers use neither, so what
 * they declare stays inside the library.
 */
#ifndef VOCAL_EXPORT_H
#define VOCAL_EXPORT_H

#if defined(__GNUC__)
#define VC_EXPORT __attribute__((visibility("default")))
#define VC_VISIBILITY_PUSH_ _Pragma("GCC visibility push(default)")
#define VC_VISIBILITY_POP_ _Pragma("GCC visibility pop")
#else
#define VC_EXPORT
#define VC_VISIBILITY_PUSH_
#define VC_VISIBILITY_POP_
#endif

#ifdef __cplusplus
#define VC_API_BEGIN extern "C" { VC_VISIBILITY_PUSH_
#define VC_API_END VC_VISIBILITY_POP_ }
#else
#define VC_API_BEGIN VC_VISIBILITY_PUSH_
#define VC_API_END VC_VISIBILITY_POP_
#endif

#endif

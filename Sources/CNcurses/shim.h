#ifndef CASELOAD_CNCURSES_SHIM_H
#define CASELOAD_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift cannot see ncurses' function-like macros or touch its mutable globals
   safely, so the terminal layer reaches them through these helpers. */

/* What caseload_check_terminal found out about a terminal type. */
#define CASELOAD_TERM_OK 1
#define CASELOAD_TERM_UNKNOWN 0
#define CASELOAD_TERM_NO_DATABASE (-1)
#define CASELOAD_TERM_CANNOT_MOVE 2

/* Looks a terminal type up in terminfo without starting curses, so that an
   unknown type becomes an error message instead of ncurses' own exit. */
static inline int caseload_check_terminal(const char *name) {
  int status = 0;
  if (setupterm(name, 1, &status) != OK) {
    return status == -1 ? CASELOAD_TERM_NO_DATABASE : CASELOAD_TERM_UNKNOWN;
  }
  const char *cup = tigetstr("cup");
  int canMove = cup != NULL && cup != (const char *)-1;
  del_curterm(cur_term);
  return canMove ? CASELOAD_TERM_OK : CASELOAD_TERM_CANNOT_MOVE;
}

static inline SCREEN *caseload_newterm(const char *name) {
  return newterm(name, stdout, stdin);
}

static inline WINDOW *caseload_stdscr(void) { return stdscr; }
static inline int caseload_columns(void) { return getmaxx(stdscr); }
static inline int caseload_lines(void) { return getmaxy(stdscr); }
static inline int caseload_colors(void) { return COLORS; }
static inline int caseload_color_pairs(void) { return COLOR_PAIRS; }

/* Whether the running terminal can draw lines (terminfo acsc). */
static inline int caseload_has_line_drawing(void) {
  const char *acsc = tigetstr("acsc");
  return acsc != NULL && acsc != (const char *)-1 && acsc[0] != '\0';
}

static inline int caseload_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL &&
         (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline void caseload_write_raw(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

/* glibc declares wcwidth only for X/Open builds, which the system modules are not. */
extern int wcwidth(wchar_t character);

/* The number of cells a character takes on the terminal under the current locale. */
static inline int caseload_display_width(uint32_t character) {
  return wcwidth((wchar_t)character);
}

static inline attr_t caseload_a_normal(void) { return A_NORMAL; }
static inline attr_t caseload_a_bold(void) { return A_BOLD; }
static inline attr_t caseload_a_dim(void) { return A_DIM; }
static inline attr_t caseload_a_reverse(void) { return A_REVERSE; }
static inline attr_t caseload_a_underline(void) { return A_UNDERLINE; }

/* Builds a complex character from a few wide characters (one spacing character
   and its combining marks) and adds it at (y, x). Returns ERR only when the
   characters cannot form a cell: adding at the bottom-right corner also reports
   ERR (the cursor cannot move on), yet the cell is drawn. */
static inline int caseload_put_cell(int y, int x, const wchar_t *text,
                                    attr_t attributes, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attributes, pair, NULL) != OK) {
    return ERR;
  }
  (void)mvwadd_wch(stdscr, y, x, &cell);
  return OK;
}


#endif

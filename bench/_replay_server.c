/*
 * The benchmarks' replay server: answers recorded sandbox responses at a few µs per request.
 *
 *   replay-server ANSWERS [MAX_SECONDS]
 *
 * bench/_replay.py compiles this file (cc -O2) and starts it on ANSWERS, the cassette's
 * responses prepared byte for byte (see _prepared() there for the format). It listens on
 * 127.0.0.1 on a free port, prints "replay server listening on URL" and serves HTTP/1.1 with
 * keep-alive (pipelining works too) until its standard input ends (the harness that started
 * it ended, however it ended), or SIGINT/SIGTERM, or MAX_SECONDS (default 4 hours) passed.
 *
 * Why C: a request costs a server three system calls (epoll_wait, read, write) and a wake-up
 * whatever it is written in; the Python version of this server (an asyncio Protocol on
 * uvloop) spent nearly as much again in the interpreter and the loop: serving the same
 * clients, interleaved, it took 43-60 µs of CPU per request where this one takes 23-34 µs
 * (medians per client and operation, 2026-12-06). Here the user-space part is a few hundred
 * nanoseconds, so the server stays far below the clients it serves.
 *
 * Per request it finds the end of the head, reads Content-Length (or walks a chunked body),
 * looks (method, path) up and writes prepared bytes:
 *   - a route's answers are handed out in turn (a PUT gets the next recorded 204 with its
 *     new ETag);
 *   - a page-numbered route answers its page for pageNumber 1..count (the page number
 *     written over every "@@@@@@@" mark, seven digits) and its empty page past the end;
 *   - an API path asked without an Authorization header gets the recorded 401 (the open
 *     paths, the token's, need none); an unknown path the recorded 404;
 *   - a malformed head or body framing gets 400 and the connection closes;
 *   - GET /_replay/stats answers {"requests", "connections", "cpu_seconds", "loop"}
 *     (requests answered, connections accepted, this process's CPU time) and is not
 *     counted: the harness reads it around a batch to report server CPU per request.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#define MAX_HEAD (64 * 1024)
#define MAX_BODY (16L * 1024 * 1024)
#define READ_SIZE (64 * 1024)
#define PAGE_MARK "@@@@@@@"
#define MARK_LEN 7
#define LOOP_NAME "C epoll"

typedef struct {
    const char *data;
    size_t len;
} Blob;

typedef struct {
    Blob method, path;
    Blob *answers; /* handed out in turn */
    size_t n_answers, next;
    long pages; /* > 0: a page-numbered list of this many pages */
    Blob page, empty;
    size_t *marks; /* offsets of PAGE_MARK in page */
    size_t n_marks;
    char *scratch; /* the page with this request's number written in */
} Route;

typedef struct {
    int fd;
    char *in;
    size_t in_len, in_cap;
    char *out;
    size_t out_off, out_len, out_cap;
    int closing; /* close once out is written */
} Conn;

static Route *routes;
static size_t n_routes;
static Blob *open_paths;
static size_t n_open;
static Blob unauthorized, not_found, bad_request;
static long long requests, connections;
static int epfd;
static char listener_tag, stdin_tag, signal_tag;

static void die(const char *what) {
    perror(what);
    exit(1);
}

static void *grow(void *ptr, size_t size) {
    void *p = realloc(ptr, size);
    if (!p)
        die("realloc");
    return p;
}

/* ---- the answers file: records "TAG METHOD PATH NUMBER LENGTH\n" + LENGTH bytes + "\n" ---- */

static Route *route_for(const char *method, const char *path) {
    for (size_t i = 0; i < n_routes; i++)
        if (!strcmp(routes[i].method.data, method) && !strcmp(routes[i].path.data, path))
            return &routes[i];
    routes = grow(routes, (n_routes + 1) * sizeof *routes);
    Route *r = &routes[n_routes++];
    memset(r, 0, sizeof *r);
    r->method.data = strdup(method);
    r->method.len = strlen(method);
    r->path.data = strdup(path);
    r->path.len = strlen(path);
    return r;
}

static void load(const char *file) {
    FILE *f = fopen(file, "rb");
    if (!f)
        die(file);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char tag[32], method[32], path[2048];
        long number, length;
        if (sscanf(line, "%31s %31s %2047s %ld %ld", tag, method, path, &number, &length) != 5 ||
            length < 0) {
            fprintf(stderr, "bad record: %s", line);
            exit(1);
        }
        char *data = malloc((size_t)length + 1);
        if (!data || fread(data, 1, (size_t)length, f) != (size_t)length || fgetc(f) != '\n') {
            fprintf(stderr, "short record: %s", line);
            exit(1);
        }
        Blob blob = {data, (size_t)length};
        if (!strcmp(tag, "answer")) {
            Route *r = route_for(method, path);
            r->answers = grow(r->answers, (r->n_answers + 1) * sizeof *r->answers);
            r->answers[r->n_answers++] = blob;
        } else if (!strcmp(tag, "page") || !strcmp(tag, "empty")) {
            Route *r = route_for(method, path);
            if (number < 1 || number > 9999999) {
                fprintf(stderr, "page count out of range: %s", line);
                exit(1);
            }
            r->pages = number;
            if (tag[0] == 'e') {
                r->empty = blob;
                continue;
            }
            r->page = blob;
            r->scratch = malloc(blob.len ? blob.len : 1);
            for (const char *at = blob.data;
                 (at = memmem(at, blob.len - (size_t)(at - blob.data), PAGE_MARK, MARK_LEN));
                 at += MARK_LEN) {
                r->marks = grow(r->marks, (r->n_marks + 1) * sizeof *r->marks);
                r->marks[r->n_marks++] = (size_t)(at - blob.data);
            }
        } else if (!strcmp(tag, "open")) {
            open_paths = grow(open_paths, (n_open + 1) * sizeof *open_paths);
            open_paths[n_open].data = strdup(path);
            open_paths[n_open++].len = strlen(path);
            free(data);
        } else if (!strcmp(tag, "unauthorized")) {
            unauthorized = blob;
        } else if (!strcmp(tag, "not_found")) {
            not_found = blob;
        } else if (!strcmp(tag, "bad_request")) {
            bad_request = blob;
        } else {
            fprintf(stderr, "unknown record: %s", line);
            exit(1);
        }
    }
    fclose(f);
    for (size_t i = 0; i < n_routes; i++)
        if (routes[i].pages && (!routes[i].page.data || !routes[i].empty.data)) {
            fprintf(stderr, "a page-numbered route lacks its page or its empty page\n");
            exit(1);
        }
    if (!unauthorized.data || !not_found.data || !bad_request.data) {
        fprintf(stderr, "the answers lack the 401, the 404 or the 400\n");
        exit(1);
    }
}

/* ---- connections ---- */

static void conn_close(Conn *c) {
    close(c->fd); /* (also leaves the epoll set) */
    free(c->in);
    free(c->out);
    free(c);
}

static void want_output(Conn *c, int on) {
    struct epoll_event ev = {.events = EPOLLIN | (on ? EPOLLOUT : 0), .data.ptr = c};
    epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

/* Write now what the socket takes; keep the rest until it is writable. */
static void send_bytes(Conn *c, const char *data, size_t len) {
    if (c->out_len == c->out_off) {
        c->out_off = c->out_len = 0;
        while (len) {
            ssize_t n = send(c->fd, data, len, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                if (errno != EAGAIN && errno != EWOULDBLOCK) {
                    c->closing = 2; /* the peer is gone: drop the connection */
                    return;
                }
                break;
            }
            data += n;
            len -= (size_t)n;
        }
        if (!len)
            return;
        want_output(c, 1);
    }
    if (c->out_len + len > c->out_cap) {
        c->out_cap = (c->out_len + len) * 2;
        c->out = grow(c->out, c->out_cap);
    }
    memcpy(c->out + c->out_len, data, len);
    c->out_len += len;
}

/* Python's int() on bytes, for the digits this server accepts: spaces, a sign, digits.
 * 1: parsed into *value (saturating at LONG_MAX); 0: not a number. */
static int parse_int(const char *s, size_t len, int base, long *value) {
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    int negative = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    size_t digits = 0;
    long v = 0;
    for (; i < len; i++, digits++) {
        int d;
        char ch = s[i];
        if (ch >= '0' && ch <= '9')
            d = ch - '0';
        else if (base == 16 && ch >= 'a' && ch <= 'f')
            d = ch - 'a' + 10;
        else if (base == 16 && ch >= 'A' && ch <= 'F')
            d = ch - 'A' + 10;
        else
            break;
        v = v > (LONG_MAX - d) / base ? LONG_MAX : v * base + d;
    }
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (!digits || i != len)
        return 0;
    *value = negative ? -v : v;
    return 1;
}

#define NOT_YET ((long)-2)
#define MALFORMED ((long)-1)

/* Where a chunked body starting at `at` ends in buf (the body itself is not needed). */
static long chunked_end(const char *buf, size_t len, size_t at) {
    for (;;) {
        const char *line_end = memmem(buf + at, len - at, "\r\n", 2);
        if (!line_end)
            return NOT_YET;
        size_t size_len = (size_t)(line_end - (buf + at));
        const char *semi = memchr(buf + at, ';', size_len);
        long size;
        if (!parse_int(buf + at, semi ? (size_t)(semi - (buf + at)) : size_len, 16, &size) ||
            size < 0 || size > MAX_BODY)
            return MALFORMED;
        size_t end = (size_t)(line_end - buf);
        if (size == 0) {
            /* Optional trailers, then the blank line. */
            const char *blank = memmem(buf + end, len - end, "\r\n\r\n", 4);
            return blank ? (long)(blank - buf) + 4 : NOT_YET;
        }
        at = end + 2 + (size_t)size + 2;
        if (len < at)
            return NOT_YET;
    }
}

static Route *find(const char *method, size_t method_len, const char *path,
                         size_t path_len) {
    for (size_t i = 0; i < n_routes; i++) {
        Route *r = &routes[i];
        if (r->path.len == path_len && r->method.len == method_len &&
            !memcmp(r->path.data, path, path_len) && !memcmp(r->method.data, method, method_len))
            return r;
    }
    return NULL;
}

static Blob page_answer(Route *r, const char *query, size_t query_len) {
    long number = 1;
    const char *end = query + query_len;
    for (const char *pair = query; pair < end;) {
        const char *amp = memchr(pair, '&', (size_t)(end - pair));
        const char *pair_end = amp ? amp : end;
        const char *eq = memchr(pair, '=', (size_t)(pair_end - pair));
        const char *key_end = eq ? eq : pair_end;
        if (key_end - pair == 10 && !memcmp(pair, "pageNumber", 10)) {
            const char *value = eq ? eq + 1 : pair_end;
            if (!parse_int(value, (size_t)(pair_end - value), 10, &number))
                number = 0;
        }
        pair = pair_end + 1;
    }
    if (number < 1 || number > r->pages || !r->page.data)
        return r->empty;
    /* Same length whatever the number: Content-Length stays true. */
    memcpy(r->scratch, r->page.data, r->page.len);
    char digits[24];
    snprintf(digits, sizeof digits, "%07ld", number);
    for (size_t i = 0; i < r->n_marks; i++)
        memcpy(r->scratch + r->marks[i], digits, MARK_LEN);
    return (Blob){r->scratch, r->page.len};
}

static void send_stats(Conn *c) {
    struct timespec cpu;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    char body[256], out[512];
    int body_len = snprintf(
        body, sizeof body,
        "{\"requests\": %lld, \"connections\": %lld, \"cpu_seconds\": %ld.%09ld, \"loop\": \"%s\"}",
        requests, connections, (long)cpu.tv_sec, cpu.tv_nsec, LOOP_NAME);
    int len = snprintf(out, sizeof out,
                       "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                       "content-length: %d\r\n\r\n%s",
                       body_len, body);
    send_bytes(c, out, (size_t)len);
}

/* A 400, then the connection closes. */
static void refuse(Conn *c) {
    send_bytes(c, bad_request.data, bad_request.len);
    if (!c->closing)
        c->closing = 1;
}

/* Answer every whole request in c->in, in order; keep what is not all here yet. */
static void answer_requests(Conn *c) {
    static char *lower;
    static size_t lower_cap;
    size_t pos = 0;
    while (!c->closing) {
        const char *buf = c->in + pos;
        size_t avail = c->in_len - pos;
        const char *head_end = memmem(buf, avail, "\r\n\r\n", 4);
        if (!head_end) {
            if (avail > MAX_HEAD)
                goto refused;
            break;
        }
        size_t head_len = (size_t)(head_end - buf);
        const char *line_end = memmem(buf, head_len, "\r\n", 2);
        size_t line_len = line_end ? (size_t)(line_end - buf) : head_len;
        /* "METHOD TARGET HTTP/1.x": exactly three parts. */
        const char *sp1 = memchr(buf, ' ', line_len);
        const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', line_len - (size_t)(sp1 + 1 - buf)) : NULL;
        if (!sp2)
            goto refused;
        const char *version = sp2 + 1;
        size_t version_len = line_len - (size_t)(version - buf);
        if (memchr(version, ' ', version_len) || version_len < 7 || memcmp(version, "HTTP/1.", 7))
            goto refused;
        /* Header names are searched in a lower-case copy of the head. */
        if (head_len + 1 > lower_cap) {
            lower_cap = head_len + 1;
            lower = grow(lower, lower_cap);
        }
        for (size_t i = 0; i < head_len; i++) {
            char ch = buf[i];
            lower[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
        }
        lower[head_len] = 0;
        size_t start = head_len + 4;
        long body_end;
        const char *length = memmem(lower, head_len, "\r\ncontent-length:", 17);
        if (length) {
            const char *value = length + 17;
            const char *value_end = memmem(value, head_len - (size_t)(value - lower), "\r\n", 2);
            long n;
            if (!parse_int(value, (size_t)((value_end ? value_end : lower + head_len) - value), 10,
                           &n) ||
                n < 0 || n > MAX_BODY)
                goto refused;
            body_end = avail >= start + (size_t)n ? (long)(start + (size_t)n) : NOT_YET;
        } else if (memmem(lower, head_len, "\r\ntransfer-encoding:", 20)) {
            if (!memmem(lower, head_len, "chunked", 7))
                goto refused;
            body_end = chunked_end(buf, avail, start);
        } else {
            body_end = (long)start;
        }
        if (body_end == NOT_YET)
            break;
        if (body_end == MALFORMED)
            goto refused;
        pos += (size_t)body_end;

        const char *target = sp1 + 1;
        size_t target_len = (size_t)(sp2 - target);
        const char *query = memchr(target, '?', target_len);
        size_t path_len = query ? (size_t)(query - target) : target_len;
        size_t query_len = query ? target_len - path_len - 1 : 0;
        if (path_len == 14 && !memcmp(target, "/_replay/stats", 14)) {
            send_stats(c);
            continue;
        }
        requests++;
        int authorized = memmem(lower, head_len, "\r\nauthorization:", 16) != NULL;
        for (size_t i = 0; !authorized && i < n_open; i++)
            authorized = path_len >= open_paths[i].len &&
                         !memcmp(target, open_paths[i].data, open_paths[i].len);
        Route *route = find(buf, (size_t)(sp1 - buf), target, path_len);
        Blob answer;
        if (!authorized) {
            answer = unauthorized;
        } else if (!route) {
            answer = not_found;
        } else if (route->pages) {
            answer = page_answer(route, query ? query + 1 : "", query_len);
        } else {
            answer = route->answers[route->next];
            route->next = (route->next + 1) % route->n_answers;
        }
        send_bytes(c, answer.data, answer.len);
        if (memmem(lower, head_len, "\r\nconnection: close", 19))
            c->closing = 1;
    }
    if (c->closing) {
        c->in_len = 0;
        return;
    }
    memmove(c->in, c->in + pos, c->in_len - pos);
    c->in_len -= pos;
    return;
refused:
    refuse(c);
    c->in_len = 0;
}

static void on_readable(Conn *c) {
    if (c->in_cap - c->in_len < READ_SIZE) {
        c->in_cap = c->in_len + READ_SIZE;
        c->in = grow(c->in, c->in_cap);
    }
    ssize_t n = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        conn_close(c);
        return;
    }
    if (n > 0 && !c->closing) {
        c->in_len += (size_t)n;
        answer_requests(c);
    }
    if (c->closing == 2 || (c->closing && c->out_off == c->out_len))
        conn_close(c);
}

static void on_writable(Conn *c) {
    while (c->out_off < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            if (errno == EINTR)
                continue;
            conn_close(c);
            return;
        }
        c->out_off += (size_t)n;
    }
    c->out_off = c->out_len = 0;
    if (c->closing) {
        conn_close(c);
        return;
    }
    want_output(c, 0);
}

static void accept_all(int listener) {
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return; /* EAGAIN: all taken (or a transient error: the next wake-up retries) */
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Conn *c = calloc(1, sizeof *c);
        if (!c)
            die("calloc");
        c->fd = fd;
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
        if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0) {
            conn_close(c);
            continue;
        }
        connections++;
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s ANSWERS [MAX_SECONDS]\n", argv[0]);
        return 2;
    }
    load(argv[1]);
    double deadline = now() + (argc == 3 ? atof(argv[2]) : 4 * 3600.0);

    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigprocmask(SIG_BLOCK, &stop, NULL);
    int sigfd = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);

    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t addr_len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0 ||
        listen(listener, 1024) < 0 ||
        getsockname(listener, (struct sockaddr *)&addr, &addr_len) < 0)
        die("listen");

    epfd = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &listener_tag};
    epoll_ctl(epfd, EPOLL_CTL_ADD, listener, &ev);
    ev.data.ptr = &signal_tag;
    epoll_ctl(epfd, EPOLL_CTL_ADD, sigfd, &ev);
    /* Whatever stdin is, its end is the signal to stop. A pipe or a terminal is watched; a
     * file or /dev/null (which epoll refuses) has ended already. */
    ev.data.ptr = &stdin_tag;
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, STDIN_FILENO, &ev) < 0)
        return 0;

    printf("replay server listening on http://127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);

    struct epoll_event events[256];
    for (;;) {
        double left = deadline - now();
        if (left <= 0)
            return 0;
        int n = epoll_wait(epfd, events, 256, left > 3600 ? 3600 * 1000 : (int)(left * 1000) + 1);
        if (n < 0 && errno != EINTR)
            die("epoll_wait");
        for (int i = 0; i < n; i++) {
            void *tag = events[i].data.ptr;
            if (tag == &listener_tag) {
                accept_all(listener);
            } else if (tag == &signal_tag) {
                return 0;
            } else if (tag == &stdin_tag) {
                char drain[4096];
                ssize_t got = read(STDIN_FILENO, drain, sizeof drain);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR))
                    return 0;
            } else {
                Conn *c = tag;
                uint32_t what = events[i].events;
                if (what & EPOLLOUT) {
                    on_writable(c);
                    /* (closed there, or still open: its read waits for the next wake-up) */
                    continue;
                }
                if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
                    on_readable(c);
            }
        }
    }
}

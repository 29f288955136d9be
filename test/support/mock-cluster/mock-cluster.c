/*
 * A librdkafka mock cluster whose faults the tests drive through stdin.
 *
 *   mock-cluster <brokers> [topic:partitions[:replication] ...]
 *
 * Prints `READY <bootstrap servers>` once the cluster listens, then reads one command per line
 * and answers `OK` (`OK <value>` for a query) or `ERR <message>` on a line of its own:
 *
 *   broker_down <id|-1>                      disconnects the broker, refuses connections (no leader change)
 *   broker_up <id|-1>                        accepts connections again
 *   push_errors <ApiKey> <count> <err>...    the next <count> requests of that kind, from any client,
 *                                            fail with the errors given (the last one repeats)
 *   broker_push_errors <id> <ApiKey> <count> <err>[:rtt_ms]...   the same on one broker, with delays
 *   clear_errors <ApiKey>                    drops the cluster's pending errors for that kind
 *   error_stack <id> <ApiKey>                answers `OK <n>`: errors pushed on the broker not yet returned
 *   leader <topic> <partition> <id|-1>       moves the partition's leader
 *   coordinator <group|transaction> <key> <id>   moves a group's (or transaction's) coordinator
 *   rtt <id|-1> <ms>                         delays the broker's responses
 *   topic <name> <partitions> <replication>  creates a topic
 *   topic_error <name> <err>                 the error Metadata reports for the topic (NO_ERROR clears it)
 *   ping                                     answers OK
 *
 * ApiKeys by number or name (Produce, Fetch, Metadata, OffsetCommit, ...); errors by number or by
 * librdkafka's name without its prefix (NOT_LEADER_FOR_PARTITION, REQUEST_TIMED_OUT, ...).
 * Exits when stdin closes or on SIGTERM/SIGINT.
 *
 * Build: test/support/mock-cluster/build.sh (needs librdkafka-dev).
 */
#include <errno.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ERRORS 64

static volatile sig_atomic_t stopping = 0;

static void on_signal(int sig) {
        (void)sig;
        stopping = 1;
}

static const struct {
        const char *name;
        int16_t key;
} api_keys[] = {
    {"Produce", 0},          {"Fetch", 1},          {"ListOffsets", 2},
    {"Offset", 2},           {"Metadata", 3},       {"OffsetCommit", 8},
    {"OffsetFetch", 9},      {"FindCoordinator", 10}, {"GroupCoordinator", 10},
    {"JoinGroup", 11},       {"Heartbeat", 12},     {"LeaveGroup", 13},
    {"SyncGroup", 14},       {"DescribeGroups", 15}, {"ListGroups", 16},
    {"SaslHandshake", 17},   {"ApiVersions", 18},   {"CreateTopics", 19},
    {"DeleteTopics", 20},    {"DeleteRecords", 21}, {"InitProducerId", 22},
    {"OffsetForLeaderEpoch", 23}, {"AddPartitionsToTxn", 24}, {"AddOffsetsToTxn", 25},
    {"EndTxn", 26},          {"TxnOffsetCommit", 28}, {"DescribeConfigs", 32},
    {"AlterConfigs", 33},    {"SaslAuthenticate", 36}, {"CreatePartitions", 37},
    {"DeleteGroups", 42},    {"OffsetDelete", 47},
};

static int parse_int(const char *s, long *out) {
        char *end;
        if (!s || !*s)
                return -1;
        errno = 0;
        *out  = strtol(s, &end, 10);
        return errno || *end ? -1 : 0;
}

static int parse_api_key(const char *s, int16_t *out) {
        long n;
        size_t i;
        if (parse_int(s, &n) == 0) {
                if (n < 0 || n > 100)
                        return -1;
                *out = (int16_t)n;
                return 0;
        }
        /* Accept "Produce", "produce" and "ProduceRequest". */
        for (i = 0; i < sizeof(api_keys) / sizeof(api_keys[0]); i++) {
                size_t len = strlen(api_keys[i].name);
                if (!strncasecmp(s, api_keys[i].name, len) &&
                    (s[len] == '\0' || !strcasecmp(s + len, "Request"))) {
                        *out = api_keys[i].key;
                        return 0;
                }
        }
        return -1;
}

static int parse_error(const char *s, rd_kafka_resp_err_t *out) {
        const struct rd_kafka_err_desc *descs;
        size_t cnt, i;
        long n;
        if (parse_int(s, &n) == 0) {
                *out = (rd_kafka_resp_err_t)n;
                return 0;
        }
        if (!strncasecmp(s, "RD_KAFKA_RESP_ERR_", 18))
                s += 18;
        rd_kafka_get_err_descs(&descs, &cnt);
        for (i = 0; i < cnt; i++) {
                if (descs[i].name && !strcasecmp(s, descs[i].name)) {
                        *out = descs[i].code;
                        return 0;
                }
        }
        return -1;
}

static int reply_ok(void) {
        fputs("OK\n", stdout);
        fflush(stdout);
        return 0;
}

static int reply_err(const char *fmt, ...) {
        va_list ap;
        fputs("ERR ", stdout);
        va_start(ap, fmt);
        vfprintf(stdout, fmt, ap);
        va_end(ap);
        fputc('\n', stdout);
        fflush(stdout);
        return -1;
}

static int reply_result(rd_kafka_resp_err_t err) {
        if (err)
                return reply_err("%s: %s", rd_kafka_err2name(err), rd_kafka_err2str(err));
        return reply_ok();
}

/* Parses `<count> <err>[:rtt] ...` from argv; fills errs (and rtts when given). */
static int parse_error_list(int argc, char **argv, size_t *cntp,
                            rd_kafka_resp_err_t *errs, int *rtts) {
        long cnt, rtt;
        int i, given = argc - 1;
        if (argc < 2 || parse_int(argv[0], &cnt) || cnt < 1 || cnt > MAX_ERRORS) {
                reply_err("expected <count 1..%d> <error>...", MAX_ERRORS);
                return -1;
        }
        for (i = 0; i < cnt; i++) {
                /* Fewer errors than the count: the last one given repeats. */
                char buf[128];
                const char *arg = argv[1 + (i < given ? i : given - 1)];
                char *colon;
                snprintf(buf, sizeof(buf), "%s", arg);
                colon = strchr(buf, ':');
                rtt   = 0;
                if (colon) {
                        *colon = '\0';
                        if (!rtts || parse_int(colon + 1, &rtt) || rtt < 0) {
                                reply_err("bad rtt in '%s'", arg);
                                return -1;
                        }
                }
                if (parse_error(buf, &errs[i])) {
                        reply_err("unknown error '%s'", buf);
                        return -1;
                }
                if (rtts)
                        rtts[i] = (int)rtt;
        }
        *cntp = (size_t)cnt;
        return 0;
}

static int command(rd_kafka_mock_cluster_t *mc, int argc, char **argv) {
        const char *cmd = argv[0];
        long a, b;
        int16_t api;

        if (!strcmp(cmd, "ping")) {
                return reply_ok();
        } else if (!strcmp(cmd, "broker_down") || !strcmp(cmd, "broker_up")) {
                if (argc != 2 || parse_int(argv[1], &a))
                        return reply_err("usage: %s <broker id|-1>", cmd);
                return reply_result(!strcmp(cmd, "broker_down")
                                 ? rd_kafka_mock_broker_set_down(mc, (int32_t)a)
                                 : rd_kafka_mock_broker_set_up(mc, (int32_t)a));
        } else if (!strcmp(cmd, "push_errors")) {
                rd_kafka_resp_err_t errs[MAX_ERRORS];
                size_t cnt;
                if (argc < 4 || parse_api_key(argv[1], &api))
                        return reply_err("usage: push_errors <ApiKey> <count> <error>...");
                if (parse_error_list(argc - 2, argv + 2, &cnt, errs, NULL))
                        return -1;
                rd_kafka_mock_push_request_errors_array(mc, api, cnt, errs);
                return reply_ok();
        } else if (!strcmp(cmd, "broker_push_errors")) {
                rd_kafka_resp_err_t errs[MAX_ERRORS], err = RD_KAFKA_RESP_ERR_NO_ERROR;
                int rtts[MAX_ERRORS];
                size_t cnt, i;
                if (argc < 5 || parse_int(argv[1], &a) || parse_api_key(argv[2], &api))
                        return reply_err("usage: broker_push_errors <broker id> <ApiKey> <count> <error>[:rtt_ms]...");
                if (parse_error_list(argc - 3, argv + 3, &cnt, errs, rtts))
                        return -1;
                /* One call per tuple: the varargs API takes (err, rtt) pairs. */
                for (i = 0; i < cnt && !err; i++)
                        err = rd_kafka_mock_broker_push_request_error_rtts(mc, (int32_t)a, api, 1, errs[i], rtts[i]);
                return reply_result(err);
        } else if (!strcmp(cmd, "error_stack")) {
                size_t cnt = 0;
                rd_kafka_resp_err_t err;
                if (argc != 3 || parse_int(argv[1], &a) || parse_api_key(argv[2], &api))
                        return reply_err("usage: error_stack <broker id> <ApiKey>");
                if ((err = rd_kafka_mock_broker_error_stack_cnt(mc, (int32_t)a, api, &cnt)))
                        return reply_result(err);
                printf("OK %zu\n", cnt);
                fflush(stdout);
                return 0;
        } else if (!strcmp(cmd, "clear_errors")) {
                if (argc != 2 || parse_api_key(argv[1], &api))
                        return reply_err("usage: clear_errors <ApiKey>");
                rd_kafka_mock_clear_request_errors(mc, api);
                return reply_ok();
        } else if (!strcmp(cmd, "leader")) {
                if (argc != 4 || parse_int(argv[2], &a) || parse_int(argv[3], &b))
                        return reply_err("usage: leader <topic> <partition> <broker id|-1>");
                return reply_result(rd_kafka_mock_partition_set_leader(mc, argv[1], (int32_t)a, (int32_t)b));
        } else if (!strcmp(cmd, "coordinator")) {
                if (argc != 4 || parse_int(argv[3], &a) ||
                    (strcmp(argv[1], "group") && strcmp(argv[1], "transaction")))
                        return reply_err("usage: coordinator <group|transaction> <key> <broker id>");
                return reply_result(rd_kafka_mock_coordinator_set(mc, argv[1], argv[2], (int32_t)a));
        } else if (!strcmp(cmd, "rtt")) {
                if (argc != 3 || parse_int(argv[1], &a) || parse_int(argv[2], &b) || b < 0)
                        return reply_err("usage: rtt <broker id|-1> <ms>");
                return reply_result(rd_kafka_mock_broker_set_rtt(mc, (int32_t)a, (int)b));
        } else if (!strcmp(cmd, "topic")) {
                if (argc != 4 || parse_int(argv[2], &a) || parse_int(argv[3], &b) || a < 1 || b < 1)
                        return reply_err("usage: topic <name> <partitions> <replication>");
                return reply_result(rd_kafka_mock_topic_create(mc, argv[1], (int)a, (int)b));
        } else if (!strcmp(cmd, "topic_error")) {
                rd_kafka_resp_err_t err;
                if (argc != 3 || parse_error(argv[2], &err))
                        return reply_err("usage: topic_error <topic> <error>");
                rd_kafka_mock_topic_set_error(mc, argv[1], err);
                return reply_ok();
        }
        return reply_err("unknown command '%s'", cmd);
}

/* `name:partitions[:replication]` from the command line. */
static int create_topic(rd_kafka_mock_cluster_t *mc, const char *spec, int brokers) {
        char buf[512], *colon, *second;
        long partitions = 1, replication = brokers < 3 ? brokers : 3;
        rd_kafka_resp_err_t err;
        snprintf(buf, sizeof(buf), "%s", spec);
        if ((colon = strchr(buf, ':'))) {
                *colon = '\0';
                if ((second = strchr(colon + 1, ':'))) {
                        *second = '\0';
                        if (parse_int(second + 1, &replication) || replication < 1)
                                return -1;
                }
                if (parse_int(colon + 1, &partitions) || partitions < 1)
                        return -1;
        }
        if ((err = rd_kafka_mock_topic_create(mc, buf, (int)partitions, (int)replication))) {
                fprintf(stderr, "mock-cluster: topic %s: %s\n", buf, rd_kafka_err2str(err));
                return -1;
        }
        return 0;
}

int main(int argc, char **argv) {
        char errstr[512], line[4096];
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *mc;
        struct sigaction sa;
        long brokers;
        int i;

        if (argc < 2 || parse_int(argv[1], &brokers) || brokers < 1 || brokers > 64) {
                fprintf(stderr, "usage: %s <brokers> [topic:partitions[:replication] ...]\n", argv[0]);
                return 2;
        }

        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal;
        /* No SA_RESTART: a signal interrupts the read of stdin, and the loop ends. */
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        signal(SIGPIPE, SIG_IGN);

        conf = rd_kafka_conf_new();
        if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
                fprintf(stderr, "mock-cluster: %s\n", errstr);
                return 1;
        }
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "mock-cluster: %s\n", errstr);
                return 1;
        }
        mc = rd_kafka_mock_cluster_new(rk, (int)brokers);
        if (!mc) {
                fprintf(stderr, "mock-cluster: could not create the mock cluster\n");
                rd_kafka_destroy(rk);
                return 1;
        }
        for (i = 2; i < argc; i++) {
                if (create_topic(mc, argv[i], (int)brokers)) {
                        fprintf(stderr, "mock-cluster: bad topic '%s'\n", argv[i]);
                        rd_kafka_mock_cluster_destroy(mc);
                        rd_kafka_destroy(rk);
                        return 2;
                }
        }

        printf("READY %s\n", rd_kafka_mock_cluster_bootstraps(mc));
        fflush(stdout);

        while (!stopping && fgets(line, sizeof(line), stdin)) {
                char *args[MAX_ERRORS + 8], *save = NULL, *tok;
                int n = 0;
                for (tok = strtok_r(line, " \t\r\n", &save); tok && n < (int)(sizeof(args) / sizeof(args[0]));
                     tok = strtok_r(NULL, " \t\r\n", &save))
                        args[n++] = tok;
                if (n == 0 || args[0][0] == '#')
                        continue;
                command(mc, n, args);
        }

        rd_kafka_mock_cluster_destroy(mc);
        rd_kafka_destroy(rk);
        return 0;
}

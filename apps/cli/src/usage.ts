/** What each command takes: in one place, so that `chokepoint --help` loads no command. */

export const SCREEN_NAMES_USAGE = `  screen-names --input <parties.csv|.tsv|.ndjson> [--format csv|tsv|ndjson] [--output <matches.ndjson>]
               [--sanctions <format>:<path-or-url> ...] [--threshold 0.8] [--workers N]
               columns: name, and optionally id, country (ISO-2), kind (INDIVIDUAL or ORGANISATION);
               one JSON line per row, in order (stdout without --output); a summary on stderr;
               --workers: threads, each with its own index (default: one a core up to 4; 0 for a small file)
`;

export const ALLOWLIST_USAGE = `  allowlist add --party "<name>" [--country XX] --entry <list>:<entry-id> --by <officer>
                --justification "<why this party is not that entry>" [--expires <date>]
  allowlist list [--all] [--json]
  allowlist revoke <id> --by <officer> --reason "<why>"
`;

export const OUTBOX_USAGE = `  outbox status [--json]                what waits to be published, and how many are parked
  outbox list [--limit 100] [--json]    decisions the broker refused for good, with the error
  outbox resend <id>... | --all         put parked decisions back in the outbox once the cause is mended
`;

export const RULES_USAGE = `  rules validate <file>                 check a rule set and the tables it reads (REFERENCE_DATA_DIR)
  rules activate <file> --by <analyst> --reason "<why>"
                                        store and activate it: running services switch within
                                        RULE_SET_REFRESH_SECONDS, without restart
  rules history [--json]                every activation, newest first
  holds confirm <declaration-id> --by <officer> --reason "<why>"
                                        confirm a hold (refer to enforcement): network-link
                                        detection then links later parties to its parties
`;

export const REPLAY_USAGE = `  replay (--input <events.ndjson> | --archive | --topic <name>) [--rules <file>] [--compare <file>]
         [--sanctions <format>:<path-or-url> ...] [--output <decisions.ndjson>] [--report <report.md>]
         [--workers N]  threads deciding segments of a file (default: cores - 1 from 4 cores, else 0: this thread)
         [--ignore-allowlist]  screen parties without the officers' allowlist findings (applied
                               by default whenever the replay reads the database)
         archive:  [--from <time>] [--until <time>] [--export-country XX] [--destination XX]
         topic:    [--brokers host:port,...] [--since <time>] [--offsets <partition>:<from>[-<to>],...]
         Decisions go to --output, never to live topics or decisions of record; an --archive run
         is kept in the replay tables under its run id. Default rules: the active rule set
         (the shipped default when no database is configured). Default comparison: a second rule
         set (--compare), else for --archive the decisions of record.
`;

export const USERS_USAGE = `  users add <username> --role viewer|officer|supervisor [--name "Full Name"] [--password-stdin]
                                        a local user of the officers' console (password generated and
                                        shown once, or read from standard input: 12 characters or more)
  users list
  users disable <username>              refuses the user's sign-in and open sessions at once
`;

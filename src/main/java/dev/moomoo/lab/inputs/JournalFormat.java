package dev.moomoo.lab.inputs;

/** The journal's framing (src/site/input-journal.md, "Layout"): its magic, version and record tags. */
final class JournalFormat {
    private JournalFormat() {
    }

    /** The file's first four bytes: "MMIJ", MooMoo input journal. */
    static final int MAGIC = 0x4D4D494A;
    /** The format's version; a reader refuses any other. */
    static final int VERSION = 1;

    static final int TICK = 1;
    static final int CLIENT = 2;
    static final int JOIN = 3;
    static final int LEAVE = 4;
    static final int PACKET = 5;
    static final int COMMAND = 6;
    static final int REFUSED = 7;
    static final int DIGEST = 8;
    static final int END = 9;

    /** The client index of the world's own join or leave. */
    static final int OWN = -1;
}

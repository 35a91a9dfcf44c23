package dev.moomoo.lab.inputs;

import dev.moomoo.game.journal.Digest;
import dev.moomoo.game.journal.Intake;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a journal's bytes (src/site/input-journal.md, "Layout"): the header, then each tick's records,
 * an outside client defined by a {@code CLIENT} record the first time a record names it. Counts what it
 * wrote, for the size bound. One thread: the recorder's writer.
 */
final class JournalEncoder {
    private final DataOutputStream out;
    private final PacketCodec packets = new PacketCodec();
    private final Map<String, Integer> clients = new HashMap<>(); // by client id: lookups only, never walked

    JournalEncoder(OutputStream out) {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16)); // fields are a few bytes each: one write per 64 KB
    }

    void header(JournalHeader header) throws IOException {
        out.writeInt(JournalFormat.MAGIC);
        out.writeShort(JournalFormat.VERSION);
        out.writeUTF(header.world());
        out.writeBoolean(header.chatCommands());
        out.writeInt(header.botsAtStart());
        SettingsCodec.write(header.config(), out);
    }

    void tick(TickRecord record) throws IOException {
        out.writeByte(JournalFormat.TICK);
        out.writeLong(record.tick());
        for (JournalEvent event : record.events()) {
            event(event);
        }
        out.writeByte(JournalFormat.DIGEST);
        for (Digest.Part part : record.digest().parts()) {
            out.writeInt(part.count());
            out.writeLong(part.hash());
        }
    }

    private void event(JournalEvent event) throws IOException {
        switch (event) {
            case JournalEvent.Passed p -> {
                int index = p.client() == null ? JournalFormat.OWN : index(p.client());
                out.writeByte(p.door() == Intake.Door.JOIN ? JournalFormat.JOIN : JournalFormat.LEAVE);
                out.writeInt(index);
            }
            case JournalEvent.Packet p -> {
                int index = index(p.client());
                PacketCodec.Encoded encoded = packets.encode(p.packet());
                out.writeByte(JournalFormat.PACKET);
                out.writeInt(index);
                out.writeByte(encoded.profile());
                out.writeShort(encoded.message().length);
                out.write(encoded.message());
            }
            case JournalEvent.Command c -> {
                out.writeByte(JournalFormat.COMMAND);
                out.writeUTF(c.line());
            }
            case JournalEvent.Refusal r -> {
                int index = index(r.client());
                out.writeByte(JournalFormat.REFUSED);
                out.writeInt(index);
                out.writeUTF(r.code() == null ? "" : r.code());
            }
        }
    }

    /** The client's index, defining it with a {@code CLIENT} record first when it is new. */
    private int index(ClientRef client) throws IOException {
        Integer known = clients.get(client.id());
        if (known != null) {
            return known;
        }
        int index = clients.size();
        clients.put(client.id(), index);
        out.writeByte(JournalFormat.CLIENT);
        out.writeInt(index);
        out.writeUTF(client.id());
        out.writeUTF(client.address());
        out.writeByte(client.display().ordinal());
        out.writeByte(client.drawing().ordinal());
        return index;
    }

    void end(String reason) throws IOException {
        out.writeByte(JournalFormat.END);
        out.writeUTF(reason);
        out.flush();
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Bytes written so far (the count stops at 2 GB, beyond any bound a recorder takes). */
    long size() {
        return out.size();
    }
}

package dev.moomoo.lab.inputs;

import dev.moomoo.game.journal.Digest;
import dev.moomoo.game.journal.Intake;
import dev.moomoo.game.port.Client;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal as a stream (src/site/input-journal.md): the header at once, then one tick at a time,
 * so a journal of any length replays in the memory of one tick. Every way a file can be wrong (not a
 * journal, another version, cut short, a record out of place) is a {@link JournalException} with one
 * line saying where.
 */
public final class JournalReader implements AutoCloseable {
    private final DataInputStream in;
    private final PacketCodec packets = new PacketCodec();
    private final List<ClientRef> clients = new ArrayList<>();
    private final JournalHeader header;
    private long lastTick;
    private String endReason;

    public JournalReader(InputStream stream) throws IOException, JournalException {
        this.in = new DataInputStream(new BufferedInputStream(stream));
        this.header = readHeader();
    }

    public JournalHeader header() {
        return header;
    }

    /** Why the recording ended (the journal's last record), once {@link #next} has returned null. */
    public String endReason() {
        return endReason;
    }

    private JournalHeader readHeader() throws IOException, JournalException {
        try {
            int magic = in.readInt();
            if (magic != JournalFormat.MAGIC) {
                throw new JournalException("not an input journal (it does not start with MMIJ)");
            }
            int version = in.readUnsignedShort();
            if (version != JournalFormat.VERSION) {
                throw new JournalException("an input journal of version " + version + "; this server reads version " + JournalFormat.VERSION);
            }
            String world = in.readUTF();
            boolean chatCommands = in.readBoolean();
            int bots = in.readInt();
            if (bots < 0) {
                throw new JournalException("a header with " + bots + " bots");
            }
            return new JournalHeader(world, SettingsCodec.read(in), chatCommands, bots);
        } catch (EOFException e) {
            throw new JournalException("truncated: the file ends inside the journal's header");
        } catch (UTFDataFormatException e) {
            throw new JournalException("damaged: a text in the header is not valid");
        }
    }

    /** The next tick, or null after the journal's end record. */
    public TickRecord next() throws IOException, JournalException {
        if (endReason != null) {
            return null;
        }
        try {
            int tag = in.read();
            if (tag == -1) {
                throw new JournalException("truncated: the file ends after tick " + lastTick + " without the journal's end record");
            }
            if (tag == JournalFormat.END) {
                endReason = in.readUTF();
                return null;
            }
            if (tag != JournalFormat.TICK) {
                throw new JournalException("damaged: record " + tag + " where tick " + (lastTick + 1) + " should begin");
            }
            long tick = in.readLong();
            if (tick != lastTick + 1) {
                throw new JournalException("damaged: tick " + tick + " follows tick " + lastTick);
            }
            lastTick = tick;
            return new TickRecord(tick, events(tick), digest());
        } catch (EOFException e) {
            throw new JournalException("truncated: the file ends inside tick " + lastTick);
        } catch (UTFDataFormatException e) {
            throw new JournalException("damaged: a text in tick " + lastTick + " is not valid");
        }
    }

    /** The tick's records up to its digest. */
    private List<JournalEvent> events(long tick) throws IOException, JournalException {
        List<JournalEvent> events = new ArrayList<>();
        while (true) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case JournalFormat.DIGEST -> {
                    return events;
                }
                case JournalFormat.CLIENT -> defineClient(tick);
                case JournalFormat.JOIN -> events.add(new JournalEvent.Passed(Intake.Door.JOIN, clientOrOwn(tick)));
                case JournalFormat.LEAVE -> events.add(new JournalEvent.Passed(Intake.Door.LEAVE, clientOrOwn(tick)));
                case JournalFormat.PACKET -> {
                    ClientRef client = client(in.readInt(), tick);
                    int profile = in.readUnsignedByte();
                    byte[] message = new byte[in.readUnsignedShort()];
                    in.readFully(message);
                    events.add(new JournalEvent.Packet(client, packets.decode(profile, message)));
                }
                case JournalFormat.COMMAND -> events.add(new JournalEvent.Command(in.readUTF()));
                case JournalFormat.REFUSED -> {
                    ClientRef client = client(in.readInt(), tick);
                    String code = in.readUTF();
                    events.add(new JournalEvent.Refusal(client, code.isEmpty() ? null : code));
                }
                default -> throw new JournalException("damaged: unknown record " + tag + " in tick " + tick);
            }
        }
    }

    private void defineClient(long tick) throws IOException, JournalException {
        int index = in.readInt();
        if (index != clients.size()) {
            throw new JournalException("damaged: client " + index + " defined in tick " + tick + " where client " + clients.size() + " was due");
        }
        String id = in.readUTF();
        String address = in.readUTF();
        int display = in.readUnsignedByte();
        int drawing = in.readUnsignedByte();
        if (display >= Client.NoticeDisplay.values().length || drawing >= Client.Drawing.values().length) {
            throw new JournalException("damaged: client " + id + " in tick " + tick + " shows or draws in a way this server does not know");
        }
        clients.add(new ClientRef(id, address, Client.NoticeDisplay.values()[display], Client.Drawing.values()[drawing]));
    }

    private ClientRef clientOrOwn(long tick) throws IOException, JournalException {
        int index = in.readInt();
        return index == JournalFormat.OWN ? null : client(index, tick);
    }

    private ClientRef client(int index, long tick) throws JournalException {
        if (index < 0 || index >= clients.size()) {
            throw new JournalException("damaged: tick " + tick + " names client " + index + ", never defined");
        }
        return clients.get(index);
    }

    private Digest digest() throws IOException {
        List<Digest.Part> parts = new ArrayList<>();
        for (Digest.Section section : Digest.Section.values()) {
            parts.add(new Digest.Part(section, in.readInt(), in.readLong()));
        }
        return new Digest(parts);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

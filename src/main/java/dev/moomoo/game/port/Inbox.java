package dev.moomoo.game.port;

import dev.moomoo.protocol.ClientPacket;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decoded packets from one client's reader thread to the tick thread. Bounded: a full inbox means
 * the client sends faster than any honest client, and it is disconnected. Holds no array while empty.
 */
public final class Inbox {
    private final ConcurrentLinkedQueue<ClientPacket> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    public Inbox(int capacity) {
        this.capacity = capacity;
    }

    /** Returns false, without queueing, when the inbox is full. */
    public boolean offer(ClientPacket packet) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        queue.add(packet);
        return true;
    }

    /** The next packet, or null. Tick thread only. */
    public ClientPacket poll() {
        ClientPacket p = queue.poll();
        if (p != null) {
            size.decrementAndGet();
        }
        return p;
    }

    public int size() {
        return size.get();
    }
}

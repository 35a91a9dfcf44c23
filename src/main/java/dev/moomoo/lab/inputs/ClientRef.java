package dev.moomoo.lab.inputs;

import dev.moomoo.game.port.Client;

/** An outside client as a journal keeps it: what a replay needs to seat it again. */
public record ClientRef(String id, String address, Client.NoticeDisplay display, Client.Drawing drawing) {

    static ClientRef of(Client c) {
        return new ClientRef(c.id(), c.address(), c.noticeDisplay(), c.drawing());
    }
}

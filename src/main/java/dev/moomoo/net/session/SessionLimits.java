package dev.moomoo.net.session;

import dev.moomoo.config.ServerConfig;

/** The numbers one WebSocket session runs by. */
public record SessionLimits(int maxFrameSize, int maxMessageSize, int outboundQueueFrames, int outboundQueueBytes, long closeTimeoutMillis,
                            int messagesPerSecond, int messageBurst, int controlFramesPerSecond) {
    public static SessionLimits from(ServerConfig c) {
        return new SessionLimits(c.maxFrameSize(), c.maxMessageSize(), c.outboundQueueFrames(), c.outboundQueueBytes(), c.closeTimeout().toMillis(),
                c.messagesPerSecond(), c.messageBurst(), c.controlFramesPerSecond());
    }
}

package dev.moomoo.net.session;

/** The numbers one WebSocket session runs by. */
public record SessionLimits(int maxFrameSize, int maxMessageSize, int outboundQueueFrames, int outboundQueueBytes, long closeTimeoutMillis,
                            int messagesPerSecond, int messageBurst, int controlFramesPerSecond) {
}

/**
 * The packet lab (issue 26): what the server's connections sent and received, captured off the tick
 * thread into bounded feeds ({@link dev.moomoo.lab.LabFeed}) that the live inspector, the recorder and
 * the text trace read. Nothing here runs unless something is listening: the hot path's cost is then one
 * volatile read per packet.
 */
package dev.moomoo.lab;

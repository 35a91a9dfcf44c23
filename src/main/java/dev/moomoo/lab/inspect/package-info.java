/**
 * The live packet inspector (issue 26): {@code /inspect} on the game port, behind the admin token. Its
 * HTTP handlers run on the requests' threads; each signed-in page's socket has one virtual thread of its
 * own that reads the lab's feed, and nothing here runs on the tick thread.
 */
package dev.moomoo.lab.inspect;

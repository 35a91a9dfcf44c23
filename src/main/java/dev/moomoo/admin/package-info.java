/**
 * Operating the server: one command table shared by the console (stdin) and admins' in-game chat,
 * the ban list, and the metrics page. Commands run on the world's tick thread.
 */
package dev.moomoo.admin;

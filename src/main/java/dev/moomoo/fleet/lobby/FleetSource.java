package dev.moomoo.fleet.lobby;

import java.io.IOException;
import java.util.List;

/** Where the lobby finds the fleet's worlds: a list of game servers it asks itself, or an Agones Fleet through Kubernetes. */
sealed interface FleetSource permits StaticServers, KubernetesFleet {
    /**
     * The worlds that may be joined now. A server that cannot be asked is left out; an IOException means
     * the source as a whole could not be read (the lobby then keeps its last list).
     */
    List<FleetWorld> poll() throws IOException, InterruptedException;
}

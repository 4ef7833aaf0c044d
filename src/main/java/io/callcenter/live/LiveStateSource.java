package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import java.util.List;

/**
 * A feature whose live state is not in the mirror (the ACD's agents and queues). Its current state is sent to a
 * browser as deltas right after each snapshot; its changes go through {@link LiveHub#publish}.
 */
public interface LiveStateSource {

    /** One upsert per object, describing it now; any thread. */
    List<Delta> current();
}

package io.callcenter.desk.web;

import io.callcenter.acd.agent.AgentView;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.desk.config.Dispositions;
import io.callcenter.live.wire.DeskCallView;
import java.util.List;

/** {@code GET /api/desk}: the agent, its call, the pause reasons and disposition codes to offer. */
public record DeskView(AgentView agent, DeskCallView call, List<AcdDirectory.PauseReason> pauseReasons,
        List<Dispositions.Disposition> dispositions) {
}

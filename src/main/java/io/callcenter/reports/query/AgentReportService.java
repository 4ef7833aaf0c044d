package io.callcenter.reports.query;

import io.agroal.api.AgroalDataSource;
import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.rollup.AgentCell;
import io.callcenter.reports.rollup.RollupCells;
import io.callcenter.reports.rollup.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Agent performance from the agent rollups: time per state, pauses by reason, calls, AHT and occupancy. */
@ApplicationScoped
public class AgentReportService implements AgentReports {

    private final AgroalDataSource dataSource;
    private final CentreConfig centre;

    AgentReportService(AgroalDataSource dataSource, CentreConfig centre) {
        this.dataSource = dataSource;
        this.centre = centre;
    }

    @Override
    public AgentPerformanceReport performance(AgentReportQuery query) {
        Buckets buckets = new Buckets(query.bucket(), centre.businessDay(), query.period());
        List<AgentRow> rows = new ArrayList<>();
        List<AgentRow> totals = new ArrayList<>();
        try {
            RollupCells<AgentCell> cells = RollupReader.agents(dataSource, buckets, query.agents());
            rows.addAll(cells.rows().entrySet().parallelStream().flatMap(e -> e.getValue().entrySet().stream()
                    .map(b -> new AgentRow(e.getKey(), b.getKey(), b.getValue().time(), b.getValue().calls())))
                    .toList());
            cells.totals().forEach((agent, sum) -> totals.add(new AgentRow(agent, buckets.total(), sum.time(),
                    sum.calls())));
        } catch (SQLException e) {
            throw new IllegalStateException("agent report: " + e.getMessage(), e);
        }
        return new AgentPerformanceReport(query, centre.zone(), rows, totals);
    }
}

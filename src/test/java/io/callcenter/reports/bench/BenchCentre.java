package io.callcenter.reports.bench;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.admin.ScheduleDto;
import io.callcenter.acd.admin.ScheduleService;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark centre's queues, configured once (kept with the dataset): business hours as generated. */
@ApplicationScoped
public class BenchCentre {

    static final String SCHEDULE = "bench-hours";

    @Inject
    AcdDirectory directory;
    @Inject
    ScheduleService schedules;
    @Inject
    AcdDriver acd;

    /** Queue n's name, e.g. queue-07. */
    static String queue(int n) {
        return String.format("queue-%02d", n);
    }

    /** Creates the schedule and the queues that are not there yet (default thresholds: SL 20 s, short abandon 5 s). */
    void configure(int queues) {
        if (schedules.list().stream().noneMatch(s -> s.name().equals(SCHEDULE))) {
            Map<String, List<ScheduleDto.IntervalDto>> week = new LinkedHashMap<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SUNDAY) {
                    week.put(d.name(), List.of(new ScheduleDto.IntervalDto(
                            String.format("%02d:00", YearGenerator.OPEN_FROM),
                            String.format("%02d:00", YearGenerator.OPEN_TO))));
                }
            }
            schedules.create(new ScheduleDto(SCHEDULE, "UTC", week, List.of()));
        }
        for (int q = 1; q <= queues; q++) {
            if (directory.queue(queue(q)).isEmpty()) {
                acd.queue(new QueueBuilder(queue(q), String.valueOf(5000 + q)).hours(SCHEDULE, Target.goodbye()));
            }
        }
    }
}

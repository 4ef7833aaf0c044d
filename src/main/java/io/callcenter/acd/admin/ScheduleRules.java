package io.callcenter.acd.admin;

import io.callcenter.acd.config.store.ScheduleEntity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a {@link ScheduleDto} (zone, day names, times, overlaps, dates) and copies it onto the entity. */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static void apply(ScheduleDto in, ScheduleEntity s, FieldErrors errors) {
        try {
            s.zone = ZoneId.of(in.zone() == null ? "" : in.zone().trim()).getId();
        } catch (DateTimeException e) {
            errors.add("zone", "unknown time zone '" + in.zone() + "' (use e.g. Europe/Berlin)");
        }
        s.intervals = new ArrayList<>();
        (in.week() == null ? Map.<String, List<ScheduleDto.IntervalDto>>of() : in.week()).forEach((day, list) -> {
            DayOfWeek dow = Names.parseEnum(DayOfWeek.class, day, null, "week", errors);
            if (dow == null) {
                errors.check(day != null && !day.isBlank(), "week", "a day name is missing");
                return;
            }
            List<ScheduleEntity.IntervalRow> rows = new ArrayList<>();
            for (ScheduleDto.IntervalDto interval : list == null ? List.<ScheduleDto.IntervalDto>of() : list) {
                String field = "week." + dow;
                LocalTime from = time(interval == null ? null : interval.from(), field + ".from", errors);
                LocalTime to = time(interval == null ? null : interval.to(), field + ".to", errors);
                if (from != null && to != null && errors.check(to.isAfter(from) || to.equals(LocalTime.MIDNIGHT),
                        field, "interval " + from + "-" + to + " ends before it starts (use 00:00 for midnight)")) {
                    rows.add(new ScheduleEntity.IntervalRow(dow.getValue(), from, to));
                }
            }
            rows.sort(Comparator.comparing((ScheduleEntity.IntervalRow r) -> r.from));
            for (int i = 1; i < rows.size(); i++) {
                LocalTime previousEnd = rows.get(i - 1).to;
                errors.check(!previousEnd.equals(LocalTime.MIDNIGHT) && !rows.get(i).from.isBefore(previousEnd),
                        "week." + dow, "intervals overlap at " + rows.get(i).from);
            }
            s.intervals.addAll(rows);
        });
        s.holidays = new HashSet<>();
        for (String day : in.holidays() == null ? List.<String>of() : in.holidays()) {
            try {
                s.holidays.add(LocalDate.parse(day == null ? "" : day.trim()));
            } catch (DateTimeException e) {
                errors.add("holidays", "'" + day + "' is not a date like 2026-12-25");
            }
        }
    }

    private static LocalTime time(String value, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required (HH:mm)");
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(trimmed);
        } catch (DateTimeException e) {
            errors.add(field, "'" + value + "' is not a time like 09:30");
            return null;
        }
    }

    static ScheduleDto view(ScheduleEntity s) {
        Map<String, List<ScheduleDto.IntervalDto>> week = new LinkedHashMap<>();
        s.intervals.stream()
                .sorted(Comparator.comparing((ScheduleEntity.IntervalRow r) -> r.dayOfWeek).thenComparing(r -> r.from))
                .forEach(r -> week.computeIfAbsent(DayOfWeek.of(r.dayOfWeek).name(), d -> new ArrayList<>())
                        .add(new ScheduleDto.IntervalDto(r.from.toString(), r.to.toString())));
        return new ScheduleDto(s.name, s.zone, week, s.holidays.stream().sorted().map(LocalDate::toString).toList());
    }
}

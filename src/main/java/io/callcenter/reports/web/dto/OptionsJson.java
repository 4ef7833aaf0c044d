package io.callcenter.reports.web.dto;

import java.util.List;

/**
 * What the report page needs to build its forms.
 *
 * @param zone the centre's zone every report is shown in
 * @param dayStart local time the business day starts
 * @param today today's business day
 * @param queues queues the user may report on
 * @param agents agents the user may report on
 * @param ranges named periods ({@code range=})
 * @param pageSize default call-search page size
 * @param maxPageSize largest call-search page
 */
public record OptionsJson(String zone, String dayStart, String today, List<String> queues, List<String> agents,
        List<String> ranges, int pageSize, int maxPageSize) {
}

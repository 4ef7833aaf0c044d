package io.callcenter.acd.admin.web;

import io.callcenter.acd.admin.QueueDto;
import jakarta.ws.rs.FormParam;

/** The fields of the queue form, as posted; {@link #toDto} turns them into the API's queue. */
public class QueueForm {

    @FormParam("dids") String dids;
    @FormParam("didPriority") String didPriority;
    @FormParam("strategy") String strategy;
    @FormParam("ringTimeoutSeconds") String ringTimeout;
    @FormParam("retryDelaySeconds") String retryDelay;
    @FormParam("wrapUpSeconds") String wrapUp;
    @FormParam("maxWaitSeconds") String maxWait;
    @FormParam("maxLength") String maxLength;
    @FormParam("overflowKind") String overflowKind;
    @FormParam("overflowValue") String overflowValue;
    @FormParam("joinWhenNoAgents") boolean joinWhenNoAgents;
    @FormParam("leaveWhenNoAgents") boolean leaveWhenNoAgents;
    @FormParam("mohClass") String mohClass;
    @FormParam("announceIntervalSeconds") String announceInterval;
    @FormParam("serviceLevelSeconds") String serviceLevel;
    @FormParam("slFormula") String slFormula;
    @FormParam("shortAbandonSeconds") String shortAbandon;
    @FormParam("requiredSkills") String requiredSkills;
    @FormParam("skillRelaxAfterSeconds") String skillRelaxAfter;
    @FormParam("priorityVariable") String priorityVariable;
    @FormParam("autoPauseAfterMisses") String autoPause;
    @FormParam("whisper") String whisper;
    @FormParam("businessHours") String businessHours;
    @FormParam("afterHoursKind") String afterHoursKind;
    @FormParam("afterHoursValue") String afterHoursValue;

    QueueDto toDto(String name) {
        return new QueueDto(name, FormText.list(dids), FormText.pairs(didPriority), strategy,
                FormText.number("ringTimeoutSeconds", ringTimeout), FormText.number("retryDelaySeconds", retryDelay),
                FormText.number("wrapUpSeconds", wrapUp), FormText.number("maxWaitSeconds", maxWait),
                FormText.number("maxLength", maxLength), new QueueDto.TargetDto(overflowKind, overflowValue),
                joinWhenNoAgents, leaveWhenNoAgents, mohClass,
                FormText.number("announceIntervalSeconds", announceInterval),
                FormText.number("serviceLevelSeconds", serviceLevel), slFormula,
                FormText.number("shortAbandonSeconds", shortAbandon), FormText.pairs(requiredSkills),
                FormText.number("skillRelaxAfterSeconds", skillRelaxAfter), priorityVariable,
                FormText.number("autoPauseAfterMisses", autoPause), whisper, businessHours,
                new QueueDto.TargetDto(afterHoursKind, afterHoursValue));
    }
}

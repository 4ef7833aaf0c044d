/**
 * Settings of the contact centre as a whole ({@code callcenter.centre.*}): its time zone and business-day start,
 * shared by the wallboard and the historical reports so both cut days the same way.
 */
package io.callcenter.centre;

/** JPA entities of the ACD configuration tables (migration V20); only the acd config and admin code use them. */
package io.callcenter.acd.config.store;

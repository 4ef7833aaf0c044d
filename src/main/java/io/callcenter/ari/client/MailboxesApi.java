package io.callcenter.ari.client;

import io.callcenter.ari.model.Mailbox;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** ARI {@code /mailboxes} resource: every operation of {@code mailboxes.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface MailboxesApi {

    /** List all mailboxes. */
    @GET
    @Path("/mailboxes")
    List<Mailbox> list();

    /** Retrieve the current state of a mailbox. */
    @GET
    @Path("/mailboxes/{mailboxName}")
    Mailbox get(@PathParam("mailboxName") String mailboxName);

    /** Change the state of a mailbox. (Note - implicitly creates the mailbox). */
    @PUT
    @Path("/mailboxes/{mailboxName}")
    void update(@PathParam("mailboxName") String mailboxName, @QueryParam("oldMessages") Integer oldMessages, @QueryParam("newMessages") Integer newMessages);

    /** Destroy a mailbox. */
    @DELETE
    @Path("/mailboxes/{mailboxName}")
    void delete(@PathParam("mailboxName") String mailboxName);
}

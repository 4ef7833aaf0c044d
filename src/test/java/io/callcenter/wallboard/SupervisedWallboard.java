package io.callcenter.wallboard;

import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import java.util.List;

/**
 * A fresh queue, a logged-in supervisor of it and a wallboard of that queue the supervisor made: the starting point
 * of the kiosk and push tests.
 */
record SupervisedWallboard(String queue, TestLogin.Session supervisor, long id) {

    static SupervisedWallboard create(TestUsers users, QueueService queues, String prefix) {
        String queue = AcdTestData.name(prefix);
        queues.create(AcdTestData.queue(queue, List.of(AcdTestData.did()), null));
        TestLogin.Session supervisor = TestLogin.as(users.supervisor(queue), TestUsers.PASSWORD);
        long id = WallboardApiTests.create(supervisor, WallboardApiTests.board(prefix + " board", List.of(queue)));
        return new SupervisedWallboard(queue, supervisor, id);
    }
}

package org.cstofacts.database;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.h2.tools.Server;

/**
 * The outage behaviour on H2, served over TCP by a server of the test's own (an embedded H2 file cannot go away, but
 * an H2 server can): {@link DatabaseOutageBehaviour}. H2's client has no read timeout, so a stalled network is tried
 * on PostgreSQL only.
 */
class H2OutageTest extends DatabaseOutageBehaviour {

	private Server server;

	@Override
	protected DatabaseLink openLink() throws Exception {
		this.server = startServer();
		return DatabaseLink.to("127.0.0.1", this.server.getPort());
	}

	private static Server startServer() throws SQLException {
		return Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
	}

	@Override
	protected Map<String, String> databaseSettings(int linkPort) {
		return Map.of("spring.datasource.url",
				"jdbc:h2:tcp://127.0.0.1:" + linkPort + "/mem:outage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	@Override
	protected void dropDatabase() {
		if (this.server != null) {
			this.server.stop();
		}
	}

}

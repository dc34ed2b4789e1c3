package org.cstofacts.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the {@code postgres} Maven profile tests against, named by the system properties
 * {@code csto.test.postgres.url}, {@code .username} and {@code .password} (pom.xml sets them). Each test
 * application gets a fresh schema of that database, so runs never see each other's data.
 */
public final class PostgresServer {

	private PostgresServer() {
	}

	public static String url() {
		return System.getProperty("csto.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
	}

	public static String username() {
		return System.getProperty("csto.test.postgres.username", "postgres");
	}

	public static String password() {
		return System.getProperty("csto.test.postgres.password", "");
	}

	/** The JDBC URL that makes the given schema the one every table is created and looked up in. */
	public static String urlOf(String schema) {
		return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	/** Creates an empty schema, as a fresh database would have. */
	public static String createSchema() {
		String schema = "csto_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		execute("create schema " + schema);
		return schema;
	}

	public static void dropSchema(String schema) {
		execute("drop schema if exists " + schema + " cascade");
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException failure) {
			throw new IllegalStateException(sql + " failed on " + url() + ": " + failure.getMessage(), failure);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), username(), password());
	}

	/**
	 * Run by the postgres profile before the tests: fails the build with one clear message when no server
	 * answers, rather than a stack of connection errors from every test.
	 */
	public static void main(String[] args) throws SQLException {
		try (Connection connection = connect()) {
			System.out.println("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " answers at "
					+ url() + " as " + username());
		}
		catch (SQLException unreachable) {
			throw new IllegalStateException("The postgres profile needs a PostgreSQL server, and none answers at "
					+ url() + " as user " + username() + " (" + unreachable.getMessage() + "). Start one (on Debian: "
					+ "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or point the tests "
					+ "at one with -Dcsto.test.postgres.url=jdbc:postgresql://HOST:PORT/DATABASE "
					+ "-Dcsto.test.postgres.username=USER -Dcsto.test.postgres.password=PASSWORD.");
		}
	}

}

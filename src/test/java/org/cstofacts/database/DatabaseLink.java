package org.cstofacts.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and its database that a test cuts and restores, since Docker (and so Toxiproxy)
 * is not to be had here: the service connects to {@link #port()} on the loopback, the proxy to the database.
 * <ul>
 * <li>{@link #cut()}: every open connection is closed and new ones are closed as soon as they are accepted, as when
 * the database server stops;</li>
 * <li>{@link #stall()}: connections stay open but nothing passes, and new ones are accepted and left waiting, as when
 * the network drops every packet;</li>
 * <li>{@link #restore()}: what is accepted from then on reaches the database again, and stalled connections go on.</li>
 * </ul>
 * Run as a program ({@code java ... DatabaseLink LISTEN_PORT HOST PORT}), it takes the words {@code cut},
 * {@code stall} and {@code restore} on standard input, one a line: {@code bench/outage.sh} drives it so.
 */
public final class DatabaseLink implements AutoCloseable {

	private enum State {

		OPEN, STALLED, CUT

	}

	private final ServerSocket listener;

	private final InetSocketAddress database;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final Object changes = new Object();

	private volatile State state = State.OPEN;

	private DatabaseLink(ServerSocket listener, InetSocketAddress database) {
		this.listener = listener;
		this.database = database;
	}

	/** Listens on a free port of the loopback for connections to the database at host and port. */
	public static DatabaseLink to(String host, int port) throws IOException {
		return on(0, host, port);
	}

	static DatabaseLink on(int listenPort, String host, int port) throws IOException {
		ServerSocket listener = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
		DatabaseLink link = new DatabaseLink(listener, new InetSocketAddress(host, port));
		daemon(link::accept, "database-link-accept").start();
		return link;
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	public void cut() {
		change(State.CUT);
		this.sockets.forEach(DatabaseLink::closeQuietly);
		this.sockets.clear();
	}

	public void stall() {
		change(State.STALLED);
	}

	public void restore() {
		change(State.OPEN);
	}

	@Override
	public void close() {
		closeQuietly(this.listener);
		cut();
	}

	private void change(State next) {
		synchronized (this.changes) {
			this.state = next;
			this.changes.notifyAll();
		}
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (this.state == State.CUT) {
					closeQuietly(client);
					continue;
				}
				this.sockets.add(client);
				daemon(() -> connect(client), "database-link-connect").start();
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	/** Waits out a stall before it connects, as a connection attempt would wait for the network. */
	private void connect(Socket client) {
		Socket server = new Socket();
		try {
			awaitPassage();
			this.sockets.add(server);
			server.connect(this.database, 5000);
			daemon(() -> pump(client, server), "database-link-up").start();
			pump(server, client);
		}
		catch (IOException | InterruptedException broken) {
			closeQuietly(client);
			closeQuietly(server);
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				awaitPassage();
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException | InterruptedException broken) {
			// cut, or closed by either end
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.sockets.remove(from);
			this.sockets.remove(to);
		}
	}

	/** Returns once bytes may pass; throws once the link is cut. */
	private void awaitPassage() throws InterruptedException, SocketException {
		synchronized (this.changes) {
			while (this.state == State.STALLED) {
				this.changes.wait();
			}
			if (this.state == State.CUT) {
				throw new SocketException("The link is cut");
			}
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// already closed
		}
	}

	/** {@code java -cp target/test-classes org.cstofacts.database.DatabaseLink LISTEN_PORT HOST PORT} */
	public static void main(String[] args) throws IOException {
		try (DatabaseLink link = on(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]))) {
			System.out.println("link " + link.port() + " -> " + args[1] + ":" + args[2] + " open");
			BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String command = commands.readLine(); command != null; command = commands.readLine()) {
				switch (command.strip().toLowerCase(Locale.ROOT)) {
					case "cut" -> link.cut();
					case "stall" -> link.stall();
					case "restore" -> link.restore();
					default -> System.out.println("unknown command " + command);
				}
				System.out.println("link " + link.state.name().toLowerCase(Locale.ROOT));
			}
		}
	}

}

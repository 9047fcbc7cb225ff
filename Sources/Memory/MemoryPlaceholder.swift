// The memory of past decisions arrives with its issue; nothing here yet.

// The database selection matrix arrives with its issue; nothing here yet.

// The libcurl transport and provider adapters arrive with the model-clients issue; nothing here yet.

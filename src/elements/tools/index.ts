// Tool elements register themselves here (see each file).

[a]
fine
/unclosed(/

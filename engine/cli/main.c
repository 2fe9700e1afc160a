/* main.c - placeholder until the CLI lands. */
#include <stdio.h>
int main(void)
{
    puts("vocal " VOCAL_VERSION);
    return 0;
}

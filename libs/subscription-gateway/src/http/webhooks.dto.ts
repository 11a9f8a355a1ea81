import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SubscribeWebhookDto {
  // The example is an address from the documentation range (RFC 5737), so that it is accepted without DNS.
  @ApiProperty({
    example: 'https://192.0.2.40/rtop/webhooks',
    description: 'The office’s endpoint: https (or http), outside rtop’s own machine and networks.',
  })
  @IsString()
  @MaxLength(2048)
  url!: string;
}

export class RedeliverDto {
  @ApiProperty({
    example: '812.40',
    description:
      'A feed position (as the deliveries, the feed pages and the live stream name them); delivery starts again at the event there.',
  })
  @IsString()
  @MaxLength(64)
  from!: string;
}
